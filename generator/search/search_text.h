// Search text: the one normalisation and word breaking that the index (built
// here) and the query (themes/default/assets/search.js, which mirrors
// normalise() step for step) both go through, so that a word typed in the
// browser meets the word as the build indexed it.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace prongsai {

// Text as the index keeps it: NFC; Thai digits as Arabic (๒๕๖๖ → 2566);
// zero-width spaces, joiners, byte-order marks and soft hyphens dropped; other
// spaces as " "; Latin (and other cased letters) case-folded; "ํา" (nikhahit
// then sara aa, as some keyboards type it) as "ำ"; thousands separators taken
// out of numbers and ".00" off a whole amount (30,000.00 → 30000); "พ. ศ."
// and "พ.ศ." with or without a space after it as "พ.ศ. ".
std::string search_normalise(std::string_view text);

// Thai word breaking with ICU's dictionary break iterator (the breaker the
// browser's Intl.Segmenter uses too). Not thread-safe: one per thread, kept
// for the thread's life, since it remembers the runs of text it broke.
class WordBreaker {
  public:
    WordBreaker(); // throws std::runtime_error when ICU has no Thai word breaker
    ~WordBreaker();
    WordBreaker(WordBreaker&&) noexcept;
    WordBreaker& operator=(WordBreaker&&) noexcept;

    // The word numbered `number` by search_word_numbers (the numbers are this
    // breaker's, for its life).
    const std::string& word(int number) const;

    struct Impl;

  private:
    friend void search_word_numbers(std::string_view, WordBreaker&,
                                    const std::function<void(int)>&);
    std::unique_ptr<Impl> impl_;
};

// The words the index keeps of `text`: search_normalise, then broken into words.
std::vector<std::string> search_words(std::string_view text, WordBreaker& breaker);
// The same, word after word, each as its number in `breaker` (so that the
// index looks a word up by a number, not by its text).
void search_word_numbers(std::string_view text, WordBreaker& breaker,
                         const std::function<void(int)>& each);

} // namespace prongsai
