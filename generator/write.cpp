#include "write.h"

#include "test_pause.h"
#include "text.h"

#include <cstdio>
#include <fcntl.h>
#include <fstream>

namespace fs = std::filesystem;

namespace prongsai {

namespace {

bool inside(const fs::path& child, const fs::path& parent) {
    auto [end, _] = std::mismatch(parent.begin(), parent.end(), child.begin(), child.end());
    return end == parent.end();
}

fs::path absolute_clean(const fs::path& p) {
    std::error_code ec;
    return fs::weakly_canonical(fs::absolute(p), ec).lexically_normal();
}

} // namespace

std::optional<OutputWriter> OutputWriter::begin(const fs::path& out, const fs::path& content,
                                                Diagnostics& diags,
                                                std::map<std::string, std::string> previous_keys) {
    fs::path out_abs = absolute_clean(out);
    fs::path content_abs = absolute_clean(content);
    std::string shown = out.generic_string();
    if (out_abs == content_abs || inside(content_abs, out_abs)) {
        diags.error({shown, 0, 0}, "the output folder is, or contains, the content folder; "
                                   "choose another with -o (e.g. -o site)");
        return std::nullopt;
    }
    if (inside(out_abs, content_abs)) {
        diags.error({shown, 0, 0}, "the output folder is inside the content folder; "
                                   "choose one outside it with -o (e.g. -o site)");
        return std::nullopt;
    }
    std::error_code ec;
    if (fs::exists(out_abs, ec)) {
        if (!fs::is_directory(out_abs, ec)) {
            diags.error({shown, 0, 0}, "the output path is a file, not a folder");
            return std::nullopt;
        }
        if (!fs::is_empty(out_abs, ec) && !fs::exists(out_abs / marker, ec)) {
            diags.error({shown, 0, 0},
                        "this folder was not written by prongsai (it has no .prongsai file) and "
                        "is not empty; prongsai replaces its output folder whole, so choose an "
                        "empty or new folder with -o");
            return std::nullopt;
        }
    }
    OutputWriter w;
    w.out_ = out_abs;
    w.staging_ = out_abs.parent_path() / (out_abs.filename().string() + ".prongsai-new");
    fs::remove_all(w.staging_, ec); // left by a build that was killed
    fs::create_directories(w.staging_, ec);
    if (ec) {
        diags.error({shown, 0, 0},
                    "cannot create " + w.staging_.generic_string() + ": " + ec.message());
        return std::nullopt;
    }
    w.previous_keys_ = std::move(previous_keys);
    if (!w.write(marker,
                 "This folder is written by prongsai and replaced whole on each build.\n")) {
        diags.error({shown, 0, 0}, "cannot write into " + w.staging_.generic_string());
        w.abort();
        return std::nullopt;
    }
    return w;
}

void OutputWriter::make_dirs(const std::string& rel_dir) {
    std::error_code ec;
    fs::create_directories(staging_ / rel_dir, ec);
}

bool OutputWriter::fail(const std::string& rel) {
    std::lock_guard lock(*failed_mutex_);
    if (failed_->empty()) *failed_ = rel;
    return false;
}

std::string OutputWriter::failed() const {
    std::lock_guard lock(*failed_mutex_);
    return *failed_;
}

bool OutputWriter::write(const std::string& rel, std::string_view bytes) {
    std::ofstream f(staging_ / rel, std::ios::binary | std::ios::trunc);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return f.flush() ? true : fail(rel);
}

bool OutputWriter::copy(const fs::path& from, const std::string& rel) {
    std::error_code ec;
    fs::create_directories((staging_ / rel).parent_path(), ec);
    std::string first;
    {
        std::lock_guard lock(copies_->mutex);
        first = copies_->first.try_emplace(from, rel).first->second;
    }
    // Where the link fails (the first copy failed, or a file is in the way),
    // this one is a copy too.
    if (first != rel) {
        fs::create_hard_link(staging_ / first, staging_ / rel, ec);
        if (!ec) return true;
    }
    fs::copy_file(from, staging_ / rel, fs::copy_options::overwrite_existing, ec);
    return ec ? fail(rel) : true;
}

fs::path cache_file_for(const fs::path& out, const std::string& suffix) {
    fs::path abs = absolute_clean(out);
    return abs.parent_path() / ".prongsai-cache" / (abs.filename().string() + suffix);
}

std::map<std::string, std::string> read_page_keys(const fs::path& out) {
    std::map<std::string, std::string> keys;
    std::error_code ec;
    if (!fs::exists(out / OutputWriter::marker, ec)) return keys;
    // "KEY PATH" lines: read whole and split by hand (10,000 pages' worth is
    // read on every rebuild of a province).
    std::string text = read_file_bytes(cache_file_for(out, ".keys"));
    std::string_view rest = text;
    while (!rest.empty()) {
        std::string_view line = rest.substr(0, rest.find('\n'));
        rest.remove_prefix(std::min(rest.size(), line.size() + 1));
        if (auto space = line.find(' '); space != std::string_view::npos)
            keys.emplace_hint(keys.end(), line.substr(space + 1), line.substr(0, space));
    }
    return keys;
}

fs::path OutputWriter::cache_file() const {
    return cache_file_for(out_, ".keys");
}

bool OutputWriter::reuse(const std::string& rel) {
    std::error_code ec;
    fs::create_hard_link(out_ / rel, staging_ / rel, ec);
    if (ec) fs::copy_file(out_ / rel, staging_ / rel, ec);
    return !ec;
}

bool OutputWriter::reuse_folder(const std::string& rel_dir) {
    fs::path from = out_ / rel_dir;
    std::size_t skip = from.native().size();
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(from, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::string rel = rel_dir + it->path().native().substr(skip);
        if (it->is_directory(ec))
            make_dirs(rel);
        else if (!reuse(rel))
            return fail(rel);
    }
    return ec ? fail(rel_dir) : true;
}

// Forget the old keys first: if the swap fails half-way, the next build
// renders everything rather than trust keys that may not match.
void OutputWriter::forget_keys() const {
    std::error_code ec;
    fs::remove(cache_file(), ec);
    fs::remove(cache_file_for(out_, ".record"), ec);
}

void OutputWriter::remember_keys(const std::map<std::string, std::string>& keys) const {
    if (keys.empty()) return;
    std::error_code ec;
    fs::create_directories(cache_file().parent_path(), ec);
    fs::path tmp = cache_file().string() + ".new";
    {
        std::ofstream f(tmp, std::ios::trunc);
        for (const auto& [path, key] : keys)
            f << key << ' ' << path << '\n';
    }
    fs::rename(tmp, cache_file(), ec);
}

bool OutputWriter::commit(Diagnostics& diags, const std::map<std::string, std::string>& keys) {
    forget_keys();
    if (!swap_in(staging_, out_, diags)) return false;
    remember_keys(keys);
    return true;
}

bool OutputWriter::commit_folder(const std::string& rel_dir, Diagnostics& diags,
                                 const std::map<std::string, std::string>& keys) {
    forget_keys();
    if (!swap_in(staging_ / rel_dir, out_ / rel_dir, diags)) return false;
    abort(); // the staging folder now holds the old sub-folder
    remember_keys(keys);
    return true;
}

bool OutputWriter::swap_in(const fs::path& staged, const fs::path& live, Diagnostics& diags) {
    test_pause("before-swap");
    std::error_code ec;
    if (fs::exists(live, ec)) {
        // One atomic step: the staged folder and the live one trade places.
        if (renameat2(AT_FDCWD, staged.c_str(), AT_FDCWD, live.c_str(), RENAME_EXCHANGE) != 0) {
            diags.error({out_.generic_string(), 0, 0}, "cannot replace the output folder");
            abort();
            return false;
        }
        test_pause("after-swap");
        fs::remove_all(staged, ec); // now the previous site
        return true;
    }
    fs::rename(staged, live, ec);
    if (ec) {
        diags.error({out_.generic_string(), 0, 0},
                    "cannot create the output folder: " + ec.message());
        abort();
        return false;
    }
    return true;
}

void OutputWriter::abort() {
    std::error_code ec;
    fs::remove_all(staging_, ec);
}

} // namespace prongsai
