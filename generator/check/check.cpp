#include "check/check.h"

#include "render/markdown.h"
#include "text.h"
#include "thai.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <sstream>

#include <map>
#include <set>

namespace prongsai {

namespace {

// As the loader names it, from the content folder as the user wrote it
// ("./content/" gives "./content/plan/intro.md", not "./content//plan/…").
std::string intro_file(const Content& c) {
    return (std::filesystem::path(c.root) / "plan" / "intro.md").generic_string();
}

std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

std::string message_baht(Satang s) {
    return format_baht(s, Digits::arabic) + " baht";
}

void check_tree(const Plan& plan, Diagnostics& diags) {
    std::set<int> numbers;
    std::set<std::string> codes;
    for (const auto& d : plan.dimensions) {
        if (!numbers.insert(d.number).second)
            diags.error(d.loc, "dimension " + std::to_string(d.number) + " is defined twice");
        for (const auto& m : d.missions) {
            if (!codes.insert(m.code).second)
                diags.error(m.loc, "mission " + m.code + " is defined twice");
            if (m.code.substr(0, m.code.find('.')) != std::to_string(d.number))
                diags.error(m.loc, "mission " + m.code + " is listed under dimension " +
                                       std::to_string(d.number) + "; its code must start with " +
                                       std::to_string(d.number) + ".");
            for (const auto& i : m.items) {
                if (!codes.insert(i.code).second)
                    diags.error(i.loc, "sub-item " + i.code + " is defined twice");
                if (!i.code.starts_with(m.code + "."))
                    diags.error(i.loc, "sub-item " + i.code + " is listed under mission " + m.code +
                                           "; its code must start with " + m.code + ".");
            }
        }
    }
}

void check_references(const Plan& plan, const Project& p, Diagnostics& diags) {
    const Dimension* dim = nullptr;
    std::vector<std::string> dims;
    for (const auto& d : plan.dimensions) {
        dims.push_back(std::to_string(d.number));
        if (d.number == p.dimension) dim = &d;
    }
    if (!dim) {
        diags.error(p.dimension_loc, "dimension " + std::to_string(p.dimension) +
                                         " is not defined in plan/plan.toml (it defines " +
                                         join(dims) + ")");
        return;
    }
    const Mission* mission = nullptr;
    std::vector<std::string> missions;
    for (const auto& m : dim->missions) {
        missions.push_back(m.code);
        if (m.code == p.mission) mission = &m;
    }
    if (!mission) {
        diags.error(p.mission_loc, "mission \"" + p.mission + "\" is not defined for dimension " +
                                       std::to_string(p.dimension) +
                                       " in plan/plan.toml; its missions are " + join(missions));
        return;
    }
    for (std::size_t k = 0; k < p.items.size(); ++k) {
        std::vector<std::string> items;
        bool found = false;
        for (const auto& i : mission->items) {
            items.push_back(i.code);
            found = found || i.code == p.items[k];
        }
        if (!found)
            diags.error(p.item_locs[k], "sub-item \"" + p.items[k] +
                                            "\" is not defined for mission " + p.mission +
                                            " in plan/plan.toml" +
                                            (items.empty() ? std::string("; it has none")
                                                           : "; its sub-items are " + join(items)));
    }
}

// [unit_aliases] lists each unit under one name, so an alias must name a
// project's unit and a name to list it under that is no alias itself. A chain
// is an error: aliases are looked up once, so the filter would list one unit
// under two names, the split the alias is there to mend. An alias that names
// no project's unit, or itself, changes no page: a warning.
void check_unit_aliases(const Plan& plan, Diagnostics& diags) {
    std::set<std::string> units;
    for (const auto& p : plan.projects)
        units.insert(p.unit);
    for (const auto& [alias, name] : plan.unit_aliases) {
        auto loc = plan.unit_alias_locs.find(alias);
        SourceLoc at = loc == plan.unit_alias_locs.end() ? plan.unit_aliases_loc : loc->second;
        if (alias == name) {
            diags.warning(at, "this alias lists \"" + alias +
                                  "\" under its own name, which changes nothing: remove the line");
            continue;
        }
        auto next = plan.unit_aliases.find(name);
        // Two names aliases of each other: said once, at the second of the two lines.
        if (next != plan.unit_aliases.end() && next->second == alias) {
            auto other = plan.unit_alias_locs.find(name);
            if (other != plan.unit_alias_locs.end() && other->second.line > at.line) continue;
            diags.error(at, "\"" + alias + "\" and \"" + name +
                                "\" are aliases of each other: keep one of the two lines, the "
                                "one whose right-hand side is the name to list the unit under");
            continue;
        }
        if (next != plan.unit_aliases.end() && next->first != next->second) {
            diags.error(at, "\"" + name + "\" is itself an alias of \"" + next->second +
                                "\", and aliases are not followed further: write \"" + alias +
                                "\" = \"" + next->second + "\"");
            continue;
        }
        if (!plan.unreadable_projects && !units.count(alias))
            diags.warning(at, "no project's unit is \"" + alias +
                                  "\", so this alias lists nothing: write the unit exactly as "
                                  "a project's file writes it after unit =, or remove the line");
    }
}

} // namespace

void check_content(const Content& c, Diagnostics& diags) {
    const Plan& plan = c.plan;
    // Its syntax error is the one message: every project would otherwise
    // name a dimension the unread plan "does not define".
    if (plan.unreadable) return;
    check_tree(plan, diags);
    check_unit_aliases(plan, diags);
    std::map<int, const Project*> by_number;
    for (const auto& p : plan.projects) {
        auto [it, fresh] = by_number.emplace(p.number, &p);
        if (!fresh)
            diags.error(p.number_loc, "sequence number " + std::to_string(p.number) +
                                          " is also used by " + it->second->source +
                                          "; each project needs its own number");
        check_references(plan, p, diags);
        for (const auto& [year, loc] : p.budget_locs)
            if (plan.first_year && plan.last_year &&
                (year < plan.first_year || year > plan.last_year))
                diags.error(loc, "year " + std::to_string(year) + " is outside the plan's period " +
                                     std::to_string(plan.first_year) + "–" +
                                     std::to_string(plan.last_year));
        if (p.period_budget) {
            Satang sum = 0;
            for (const auto& [year, amount] : p.budget)
                sum += amount;
            if (sum != *p.period_budget)
                diags.warning(p.period_budget_loc,
                              "the document states " + message_baht(*p.period_budget) +
                                  " for the whole period but [budget] adds up to " +
                                  message_baht(sum) +
                                  "; the page shows both: make the years add up to it, or say "
                                  "in budget_reading why they do not");
        }
        if (p.budget.empty() && p.budget_locs.empty())
            diags.warning(p.loc, "[budget] has no year: the project runs in no year of the plan");
    }
    // Sequence numbers run 1, 2, 3 … with none left out.
    if (plan.unreadable_projects) return;
    int expected = 1;
    for (const auto& [number, p] : by_number) {
        if (number > expected) {
            std::string missing = number - expected == 1
                                      ? "number " + std::to_string(expected) + " is"
                                      : "numbers " + std::to_string(expected) + "–" +
                                            std::to_string(number - 1) + " are";
            diags.error(p->number_loc, "sequence numbers jump to " + std::to_string(number) + ": " +
                                           missing + " missing");
        }
        expected = number + 1;
    }
}

namespace {

// The kinds of organisation whose words differ, and the words that differ.
enum class OrgKind { municipality, tambon, province, other };

OrgKind kind_of(const Organisation& o) {
    const std::string& t = o.type.empty() ? o.name : o.type;
    if (t.starts_with("เทศบาล")) return OrgKind::municipality;
    if (t.starts_with("อบต.") || t.starts_with("องค์การบริหารส่วนตำบล")) return OrgKind::tambon;
    if (t.starts_with("อบจ.") || t.starts_with("องค์การบริหารส่วนจังหวัด")) return OrgKind::province;
    return OrgKind::other;
}

const char* kind_name(OrgKind k) {
    switch (k) {
    case OrgKind::municipality:
        return "เทศบาล";
    case OrgKind::tambon:
        return "อบต. (องค์การบริหารส่วนตำบล)";
    case OrgKind::province:
        return "อบจ. (องค์การบริหารส่วนจังหวัด)";
    case OrgKind::other:
        break;
    }
    return "";
}

// The same thing in each kind (municipality, tambon, province), and whether
// the word is its kind's alone: "ข้อบัญญัติ" is also any local ordinance,
// and templates write it for a municipality's too.
struct KindWords {
    const char* words[3];
    bool own[3];
};
constexpr KindWords kind_words[] = {
    {{"พนักงานเทศบาล", "พนักงานส่วนตำบล", "พนักงานส่วนจังหวัด"}, {true, true, true}},
    {{"สภาเทศบาล", "สภาองค์การบริหารส่วนตำบล", "สภาองค์การบริหารส่วนจังหวัด"}, {true, true, true}},
    {{"นายกเทศมนตรี", "นายกองค์การบริหารส่วนตำบล", "นายกองค์การบริหารส่วนจังหวัด"}, {true, true, true}},
    {{"ปลัดเทศบาล", "ปลัดองค์การบริหารส่วนตำบล", "ปลัดองค์การบริหารส่วนจังหวัด"}, {true, true, true}},
    {{"เทศบัญญัติ", "ข้อบัญญัติ", "ข้อบัญญัติ"}, {true, false, false}},
};

// Text that `prongsai new` writes for the clerk to replace, and blanks of
// the national template.
constexpr const char* placeholders[] = {"(แก้ไข", "(เนื้อความของประกาศ", "พ.ศ. ...."};
constexpr const char* template_blanks[] = {"(อบจ./เทศบาล/อบต.)", "อบจ./เทศบาล/อบต.", "ระบุชื่อ"};

// The words from `at` to the end of its parenthesis, or a few words on:
// what the message quotes.
std::string quoted(std::string_view text, std::size_t at) {
    std::size_t end = text.find_first_of(")\n", at);
    if (text[at] == '(' && end != std::string_view::npos && text[end] == ')')
        return std::string(text.substr(at, end + 1 - at));
    end = text.find_first_of(" \n\"", at);
    return std::string(text.substr(at, end == std::string_view::npos ? end : end - at));
}

// A word looked for in every text, with its Boyer–Moore–Horspool table made
// once (not std::string::find: every Thai letter starts with the byte 0xE0,
// so find's search for a Thai word's first byte stops at every letter).
class Word {
  public:
    explicit Word(std::string_view word) : word_(word), searcher_(word.begin(), word.end()) {}
    std::string_view text() const { return word_; }
    std::size_t size() const { return word_.size(); }
    // Where the word is in `text` from `from` (npos: nowhere).
    std::size_t in(std::string_view text, std::size_t from) const {
        auto at =
            std::search(text.begin() + static_cast<std::ptrdiff_t>(from), text.end(), searcher_);
        return at == text.end() ? std::string::npos : static_cast<std::size_t>(at - text.begin());
    }

  private:
    std::string_view word_;
    std::boyer_moore_horspool_searcher<std::string_view::const_iterator> searcher_;
};

template <std::size_t N> std::vector<Word> words_of(const char* const (&list)[N]) {
    return {std::begin(list), std::end(list)};
}

// The lists above as Words, made once for every build and thread (a search
// only reads its table).
struct Words {
    std::vector<Word> placeholders = words_of(prongsai::placeholders);
    std::vector<Word> template_blanks = words_of(prongsai::template_blanks);
    std::vector<std::array<Word, 3>> kinds;
    Words() {
        for (const auto& row : kind_words)
            kinds.push_back({Word(row.words[0]), Word(row.words[1]), Word(row.words[2])});
    }
};
const Words& words() {
    static const Words made;
    return made;
}

std::string in_quotes(const std::string& s) {
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    out += s;
    out += '"';
    return out;
}

class Leftovers {
  public:
    Leftovers(const Content& c, Diagnostics& diags)
        : org_(c.site.organisation), kind_(kind_of(c.site.organisation)), diags_(diags) {}

    // A value of a key: the warning goes to the key's line.
    void value(const std::string& text, const SourceLoc& at) {
        scan(text, [&](std::size_t) { return at; });
    }

    // The organisation's own name and place (site.toml), which `init` leaves
    // as placeholders: only those are looked for, the name being the very
    // words the other checks compare with.
    void placeholders_in(const std::string& text, const SourceLoc& at) {
        placeholders_of(text, [&](std::size_t) { return at; });
    }

    // Markdown whose first line is line `first_line` of `file`: each warning
    // at the line and column of what it quotes.
    void body(const std::string& text, const std::string& file, int first_line) {
        scan(text, [&](std::size_t offset) {
            std::size_t start = 0;
            auto [line, line_text] = line_at(text, offset, start);
            return SourceLoc{file, first_line + line - 1,
                             column_of_byte(line_text, offset - start)};
        });
    }

  private:
    template <typename Where> void placeholders_of(const std::string& text, Where where) {
        for (const Word& p : words().placeholders)
            for (std::size_t at = 0; (at = p.in(text, at)) != std::string::npos; ++at)
                diags_.warning(where(at), in_quotes(quoted(text, at)) +
                                              " is a placeholder that prongsai new or init wrote; "
                                              "replace it with the document's own words");
    }

    template <typename Where> void scan(const std::string& text, Where where) {
        placeholders_of(text, where);
        for (const Word& b : words().template_blanks)
            for (std::size_t at = 0; (at = b.in(text, at)) != std::string::npos; at += b.size()) {
                // The bare form inside the parenthesised one is the same blank.
                if (at > 0 && text[at - 1] == '(' && b.text()[0] != '(') continue;
                diags_.warning(where(at), in_quotes(quoted(text, at)) +
                                              " is left from the national template; write "
                                              "what it stands for (this organisation: " +
                                              org_.name + ")");
            }
        if (kind_ == OrgKind::other) return;
        int own = static_cast<int>(kind_);
        for (std::size_t r = 0; r < std::size(kind_words); ++r)
            for (int k = 0; k < 3; ++k) {
                const auto& row = kind_words[r];
                const Word& word = words().kinds[r][static_cast<std::size_t>(k)];
                if (k == own || !row.own[k] || word.text() == row.words[own]) continue;
                for (std::size_t at = 0; (at = word.in(text, at)) != std::string::npos;
                     at += word.size())
                    diags_.warning(where(at), "\"" + std::string(word.text()) +
                                                  "\" is a word for a " +
                                                  kind_name(static_cast<OrgKind>(k)) +
                                                  ", but site.toml makes this organisation a " +
                                                  kind_name(kind_) + "; write \"" + row.words[own] +
                                                  "\" (or correct 'type' in site.toml)");
            }
    }

    const Organisation& org_;
    OrgKind kind_;
    Diagnostics& diags_;
};

// Text with runs of white space made one space, for comparing. A run of
// other bytes is appended at once: a project's body is thousands of them.
std::string squeezed(std::string_view s) {
    auto space = [](char ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r'; };
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0, n = s.size(); i < n;) {
        while (i < n && space(s[i]))
            ++i;
        std::size_t start = i;
        while (i < n && !space(s[i]))
            ++i;
        if (start == i) break;
        if (!out.empty()) out += ' ';
        out.append(s.substr(start, i - start));
    }
    return out;
}

// Whether a body says anything beyond its headings (as `new` writes it).
bool has_text(std::string_view body) {
    for (auto line : split_lines(body)) {
        std::string t = trim(line);
        if (!t.empty() && !t.starts_with("#")) return true;
    }
    return false;
}

// A numbered list that should run 1, 2, 3 …, each number at its place.
void gaps(const std::vector<std::pair<int, SourceLoc>>& numbers, const std::string& what,
          Diagnostics& diags) {
    int previous = 0;
    for (const auto& [n, at] : numbers) {
        // A list may start again at 1 (a row of its own); anything else
        // past the next number leaves some out.
        if (n > previous + 1 && n != 1) {
            std::string missing = n - previous == 2
                                      ? "number " + std::to_string(previous + 1) + " is"
                                      : "numbers " + std::to_string(previous + 1) + "–" +
                                            std::to_string(n - 1) + " are";
            diags.warning(at, what + " jump from " + std::to_string(previous) + " to " +
                                  std::to_string(n) + ": " + missing +
                                  " missing; if the document leaves them out, keep its numbers, "
                                  "otherwise add what is missing");
        }
        previous = n;
    }
}

} // namespace

void check_leftovers(const Content& c, Diagnostics& diags) {
    // Without site.toml the organisation's kind and name are unknown.
    if (c.site_unreadable) return;
    Leftovers scan(c, diags);
    const Organisation& org = c.site.organisation;
    scan.placeholders_in(org.name, org.name_loc);
    scan.placeholders_in(org.district, org.district_loc);
    scan.placeholders_in(org.province, org.province_loc);
    const Plan& plan = c.plan;
    for (const auto& d : plan.dimensions) {
        scan.value(d.name, d.name_loc);
        for (const auto& m : d.missions) {
            scan.value(m.name, m.name_loc);
            for (const auto& i : m.items)
                scan.value(i.name, i.name_loc);
        }
    }
    std::vector<std::pair<int, SourceLoc>> risk_numbers, measure_numbers;
    for (const auto& r : plan.risks) {
        risk_numbers.push_back({r.number, r.loc});
        scan.value(r.step, r.step_loc);
        for (std::size_t k = 0; k < r.risks.size() && k < r.risk_locs.size(); ++k)
            scan.value(r.risks[k], r.risk_locs[k]);
        for (std::size_t k = 0; k < r.measures.size() && k < r.measure_locs.size(); ++k)
            scan.value(r.measures[k], r.measure_locs[k]);
        for (int n : r.measure_numbers)
            measure_numbers.push_back({n, r.measure_numbers_loc});
    }
    gaps(risk_numbers, "the risk table's rows", diags);
    gaps(measure_numbers, "the risk table's measure numbers", diags);
    if (c.has_plan) scan.body(plan.intro_markdown, intro_file(c), 1);
    std::map<std::string, const Project*> titles, bodies;
    for (const auto& p : plan.projects) {
        scan.value(p.title, p.title_loc);
        scan.value(p.unit, p.unit_loc);
        scan.value(p.target_group, p.target_group_loc);
        scan.value(p.period, p.period_loc);
        const std::string body = c.body(p);
        scan.body(body, p.source, p.body_line);
        auto [same_title, fresh] = titles.emplace(squeezed(p.title), &p);
        if (!fresh)
            diags.warning(p.title_loc, "this project has the same title as project " +
                                           std::to_string(same_title->second->number) + " (" +
                                           same_title->second->source +
                                           "); if the document lists it twice, keep one file, "
                                           "otherwise tell the two apart in their titles");
        if (!has_text(body)) continue;
        // By digest: the bodies are not all held in memory (a plan may be large).
        auto [same_body, new_body] = bodies.emplace(digest_of(squeezed(body)), &p);
        // At the body's first line of text, which the message then quotes.
        int first =
            p.body_line +
            static_cast<int>(std::count(
                body.begin(),
                body.begin() + static_cast<std::ptrdiff_t>(body.find_first_not_of(" \t\r\n")),
                '\n'));
        if (!new_body)
            diags.warning({p.source, first, 1},
                          "this project's text is the same as that of project " +
                              std::to_string(same_body->second->number) + " (" +
                              same_body->second->source +
                              "); if the document lists it twice, keep one file, otherwise "
                              "give each project its own text");
    }
    for (const auto& a : c.announcements) {
        scan.value(a.title, a.title_loc);
        scan.body(c.body(a), a.source, a.body_line);
    }
}

namespace {

// WCAG 2's relative luminance of "#rrggbb".
double luminance(const std::string& hex) {
    auto channel = [&](int at) {
        double v = std::stoi(hex.substr(static_cast<std::size_t>(at), 2), nullptr, 16) / 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

double contrast(const std::string& a, const std::string& b) {
    double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::vector<std::string> colours(const std::map<std::string, std::string>& labels,
                                 const std::string& key) {
    std::vector<std::string> out;
    auto it = labels.find(key);
    if (it == labels.end()) return out;
    std::string word;
    std::istringstream words(it->second);
    while (words >> word)
        if (is_hex_colour(word)) out.push_back(word);
    return out;
}

} // namespace

void check_accent(const Content& c, const std::map<std::string, std::string>& labels,
                  Diagnostics& diags) {
    const Organisation& org = c.site.organisation;
    if (org.accent.empty()) return;
    // One error, for the colour it contrasts least with.
    double worst = 21;
    std::string worst_colour, worst_what;
    for (const auto& [key, what] :
         {std::pair<const char*, const char*>{"colours.accent_on", "the theme's background"},
          {"colours.on_accent", "the theme's text colour"}})
        for (const auto& other : colours(labels, key))
            if (double ratio = contrast(org.accent, other); ratio < worst) {
                worst = ratio;
                worst_colour = other;
                worst_what = what;
            }
    if (worst >= 4.5) return;
    // Rounded down, so a colour shown as passing passes.
    char shown[32];
    std::snprintf(shown, sizeof shown, "%.2f", std::floor(worst * 100) / 100);
    diags.error(org.accent_loc,
                "the accent colour " + org.accent + " has a contrast of " + shown + ":1 with " +
                    worst_what + " " + worst_colour +
                    "; WCAG AA asks at least 4.5:1 for text, so choose a " +
                    (luminance(org.accent) > luminance(worst_colour) ? "lighter" : "darker") +
                    " colour");
}

void check_publications(const Content& c, Diagnostics& diags) {
    std::set<std::string> files,
        slugs(c.unreadable_announcements.begin(), c.unreadable_announcements.end());
    for (const auto& d : c.documents)
        files.insert(d.file);
    auto attached = [&](const std::vector<std::string>& attachments, const SourceLoc& at) {
        if (c.documents_unreadable) return; // its own error is the one to read
        for (const auto& file : attachments)
            if (!files.count(file))
                diags.error(at, "attachment \"" + file +
                                    "\" is not listed in documents/documents.toml; list it there "
                                    "with file = \"" +
                                    file + "\", or correct the name");
    };
    for (const auto& a : c.announcements) {
        slugs.insert(a.slug);
        attached(a.attachments, a.attachments_loc);
    }
    for (const auto& page : c.pages)
        attached(page.attachments, page.attachments_loc);
    std::set<int> numbers;
    for (const auto& p : c.plan.projects)
        numbers.insert(p.number);
    for (const auto& d : c.documents) {
        for (int n : d.projects)
            if (!c.plan.unreadable && !c.plan.unreadable_projects && !numbers.count(n))
                diags.error(d.projects_loc, "there is no project number " + std::to_string(n) +
                                                " in plan/projects");
        for (const auto& slug : d.announcements)
            if (!slugs.count(slug))
                diags.error(d.announcements_loc, "there is no announcement \"" + slug +
                                                     "\" (announcements/" + slug + ".md)");
    }
}

void check_links(const Content& c, const std::set<std::string>& produced, Diagnostics& diags) {
    auto check = [&](const std::string& markdown, const std::string& file, int first_line,
                     const std::string& folder) {
        for (const auto& link : markdown_links(markdown)) {
            if (!is_local_link(link.url)) continue;
            std::string target = (std::filesystem::path(folder) / page_of_link(link.url))
                                     .lexically_normal()
                                     .generic_string();
            if (produced.count(target)) continue;
            diags.error({file, first_line + link.line - 1, link.column},
                        "the link (" + link.url +
                            ") leads to no page or document of the site; link to a project as "
                            "08.md, to an announcement as ../../announcements/NAME.md, to a "
                            "document as ../../documents/FILE (from a project), or check the name");
        }
    };
    check(c.plan.intro_markdown, intro_file(c), 1, "plan");
    for (const auto& p : c.plan.projects)
        check(c.body(p), p.source, p.body_line, "plan/projects");
    for (const auto& a : c.announcements)
        check(c.body(a), a.source, a.body_line, "announcements");
    for (const auto& p : c.pages)
        check(c.body(p), p.source, p.body_line, p.section.empty() ? "pages" : "pages/" + p.section);
}

void check_stated_figures(const Content& c, const Derived& d, Diagnostics& diags) {
    const Plan& plan = c.plan;
    if (plan.stated_projects && *plan.stated_projects != d.overall.projects)
        diags.warning(plan.stated_projects_loc,
                      "the plan states " + std::to_string(*plan.stated_projects) +
                          " projects but the content has " + std::to_string(d.overall.projects) +
                          "; the pages show both");
    auto compare = [&](const StatedBudget& stated, const Totals& computed,
                       const std::string& what) {
        for (const auto& [year, s] : stated) {
            auto it = computed.by_year.find(year);
            Satang sum = it == computed.by_year.end() ? 0 : it->second;
            if (sum != s.first)
                diags.warning(s.second, what + " states " + message_baht(s.first) + " for " +
                                            std::to_string(year) + " but its projects add up to " +
                                            message_baht(sum) + "; the pages show both");
        }
    };
    compare(plan.stated_budget, d.overall, "the plan");
    for (const auto& dim : plan.dimensions) {
        auto it = d.by_dimension.find(dim.number);
        if (it == d.by_dimension.end()) continue;
        if (dim.stated_projects && *dim.stated_projects != it->second.projects)
            diags.warning(dim.stated_projects_loc,
                          "dimension " + std::to_string(dim.number) + " states " +
                              std::to_string(*dim.stated_projects) + " projects but has " +
                              std::to_string(it->second.projects) + "; the pages show both");
        compare(dim.stated_budget, it->second, "dimension " + std::to_string(dim.number));
    }
}

} // namespace prongsai
