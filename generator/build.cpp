#include "build.h"

#include "check.h"
#include "derive.h"
#include "load/load.h"
#include "render/markdown.h"
#include "render/pages.h"
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

} // namespace

BuildResult build_site(const BuildOptions& options) {
    auto start = std::chrono::steady_clock::now();
    BuildResult result;
    Diagnostics diags;

    Content content = load_content(options.content, diags);
    check_content(content, diags);
    Derived derived = derive(content);
    if (!diags.has_errors()) check_stated_figures(content, derived, diags);
    auto theme = load_theme(options.content, content.site.theme, options.program_dir, diags);

    if (!diags.has_errors() && options.write) {
        if (auto out = OutputWriter::begin(options.out, options.content, diags)) {
            std::vector<PageSpec> pages = plan_pages(content, derived);
            unsigned threads = options.threads ? options.threads
                                               : std::max(1u, std::thread::hardware_concurrency());
            bool ok = render_pages(pages, *theme, *out, threads);
            for (const auto& [rel, file] : theme->assets)
                ok = ok && out->copy(file, "assets/" + rel);
            if (!ok) {
                diags.error({options.out.generic_string(), 0, 0}, "cannot write the pages");
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
