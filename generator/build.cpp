#include "build.h"

#include "check.h"
#include "derive.h"
#include "load/load.h"
#include "render/markdown.h"
#include "render/pages.h"
#include "render/publication_pages.h"
#include "render/templates.h"
#include "write.h"

#include <atomic>
#include <chrono>
#include <set>
#include <thread>

namespace fs = std::filesystem;

namespace prongsai {

namespace {

// Renders every page on `threads` threads, each with its own templates.
bool render_pages(const std::vector<PageSpec>& pages, const Theme& theme, OutputWriter& out,
                  unsigned threads) {
    std::set<std::string> dirs;
    for (const auto& p : pages)
        if (auto slash = p.path.rfind('/'); slash != std::string::npos)
            dirs.insert(p.path.substr(0, slash));
    for (const auto& d : dirs)
        out.make_dirs(d);

    markdown_init();
    std::atomic<std::size_t> next{0};
    std::atomic<bool> ok{true};
    auto work = [&] {
        Templates templates(theme);
        for (std::size_t i; (i = next++) < pages.size();)
            if (!out.write(pages[i].path, pages[i].render(templates))) ok = false;
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (auto& t : pool)
        t.join();
    return ok;
}

// Copies what is published as it is: theme assets, documents, frozen years.
bool copy_files(const Content& content, const Theme& theme, const fs::path& content_dir,
                OutputWriter& out) {
    bool ok = true;
    for (const auto& [rel, file] : theme.assets)
        ok = ok && out.copy(file, "assets/" + rel);
    for (const auto& doc : content.documents)
        ok = ok && out.copy(content_dir / "documents" / doc.file, "documents/" + doc.file);
    std::error_code ec;
    for (int year : content.archived_years) {
        // Byte for byte, never re-rendered: the portal as it was published.
        fs::path dir = content_dir / "archive" / std::to_string(year);
        for (const auto& e : fs::recursive_directory_iterator(dir, ec))
            if (e.is_regular_file())
                ok = ok && out.copy(e.path(), "archive/" + std::to_string(year) + "/" +
                                                  fs::relative(e.path(), dir).generic_string());
        fs::path tarball = content_dir / "archive" / (std::to_string(year) + ".tar.gz");
        if (fs::exists(tarball, ec))
            ok = ok && out.copy(tarball, "archive/" + std::to_string(year) + ".tar.gz");
    }
    return ok;
}

} // namespace

BuildResult build_site(const BuildOptions& options) {
    auto start = std::chrono::steady_clock::now();
    BuildResult result;
    Diagnostics diags;

    Content content = load_content(options.content, diags);
    if (options.frozen_year) {
        content.frozen_year = options.frozen_year;
        content.archived_years.clear(); // a frozen portal links to no other year
    }
    check_content(content, diags);
    check_publications(content, diags);
    Derived derived = derive(content);
    if (!diags.has_errors()) check_stated_figures(content, derived, diags);
    auto theme = load_theme(options.content, content.site.theme, options.program_dir, diags);

    if (!diags.has_errors() && options.write) {
        if (auto out = OutputWriter::begin(options.out, options.content, diags)) {
            std::vector<PageSpec> pages = plan_pages(content, derived);
            add_publication_pages(content, derived, pages);
            unsigned threads = options.threads ? options.threads
                                               : std::max(1u, std::thread::hardware_concurrency());
            bool ok = render_pages(pages, *theme, *out, threads);
            for (const auto& file : feeds_and_indexes(content, pages)) {
                out->make_dirs(fs::path(file.path).parent_path().generic_string());
                ok = ok && out->write(file.path, file.bytes);
            }
            ok = ok && copy_files(content, *theme, options.content, *out);
            if (!ok) {
                diags.error({options.out.generic_string(), 0, 0},
                            "cannot write " + out->failed() + " (is the disk full?)");
                out->abort();
            } else if (out->commit(diags)) {
                result.pages = static_cast<int>(pages.size());
            }
        }
    }
    result.errors = diags.errors();
    result.warnings = diags.warnings();
    result.ok = !diags.has_errors();
    result.report = format_all(diags);
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace prongsai
