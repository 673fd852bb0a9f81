#include "build.h"

#include "check.h"
#include "derive.h"
#include "digest.h"
#include "load/load.h"
#include "render/frame.h"
#include "render/markdown.h"
#include "render/pages.h"
#include "render/publication_pages.h"
#include "render/templates.h"
#include "text.h"
#include "thai.h"
#include "write.h"

#include <atomic>
#include <chrono>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <thread>

namespace fs = std::filesystem;

namespace prongsai {

namespace {

// Renders every page on `threads` threads, each with its own templates.
// Runs `work` on `threads` threads at once (this one included): each call
// takes items from a shared counter until none is left.
template <typename Work> void on_threads(unsigned threads, std::size_t items, Work work) {
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads && t < items; ++t)
        pool.emplace_back(work);
    work();
    for (auto& t : pool)
        t.join();
}

// Renders `pages` on `threads` threads, each with its own templates. `prefix`
// is the organisation's sub-folder in a multi-organisation build.
bool render_pages(const std::vector<const PageSpec*>& pages, const Theme& theme, OutputWriter& out,
                  unsigned threads, const std::string& prefix) {
    markdown_init();
    std::atomic<std::size_t> next{0};
    std::atomic<bool> ok{true};
    auto work = [&] {
        Templates templates(theme);
        for (std::size_t i; (i = next++) < pages.size();)
            if (!out.write(prefix + pages[i]->path, pages[i]->render(templates))) ok = false;
    };
    on_threads(threads, pages.size(), work);
    return ok;
}

// What every page's bytes depend on besides the content: this very program
// (a new version may render differently) and the theme's templates.
std::string program_digest() {
    return digest_of(read_file_bytes("/proc/self/exe"));
}

std::string theme_digest(const Theme& theme) {
    Digest d;
    for (const auto& [name, source] : theme.templates)
        d.add(name).add(source);
    return d.hex();
}

// Copies what is published as it is: theme assets, documents, frozen years.
bool copy_files(const Content& content, const Theme& theme, const fs::path& content_dir,
                OutputWriter& out, const std::string& prefix) {
    bool ok = true;
    for (const auto& [rel, file] : theme.assets)
        ok = ok && out.copy(file, prefix + "assets/" + rel);
    for (const auto& doc : content.documents)
        ok = ok && out.copy(content_dir / "documents" / doc.file, prefix + "documents/" + doc.file);
    std::error_code ec;
    for (int year : content.archived_years) {
        // Byte for byte, never re-rendered: the portal as it was published.
        fs::path dir = content_dir / "archive" / std::to_string(year);
        for (const auto& e : fs::recursive_directory_iterator(dir, ec))
            if (e.is_regular_file())
                ok = ok && out.copy(e.path(), prefix + "archive/" + std::to_string(year) + "/" +
                                                  fs::relative(e.path(), dir).generic_string());
        fs::path tarball = content_dir / "archive" / (std::to_string(year) + ".tar.gz");
        if (fs::exists(tarball, ec))
            ok = ok && out.copy(tarball, prefix + "archive/" + std::to_string(year) + ".tar.gz");
    }
    return ok;
}

// One organisation's content, loaded, checked and derived, ready to render.
struct Portal {
    fs::path dir;
    std::string prefix; // its sub-folder of the output ("" for a single organisation)
    Content content;
    Derived derived; // points into `content`: a Portal is never moved
    std::optional<Theme> theme;
};

std::unique_ptr<Portal> prepare(const BuildOptions& options, const fs::path& dir,
                                std::string prefix, Diagnostics& diags) {
    auto portal = std::make_unique<Portal>();
    portal->dir = dir;
    portal->prefix = std::move(prefix);
    Content& content = portal->content;
    int errors_before = diags.errors();
    content = load_content(dir, diags);
    if (options.frozen_year) {
        content.frozen_year = options.frozen_year;
        content.archived_years.clear(); // a frozen portal links to no other year
    }
    check_content(content, diags);
    check_publications(content, diags);
    portal->derived = derive(content);
    check_links(content, portal->derived, diags);
    if (diags.errors() == errors_before) check_stated_figures(content, portal->derived, diags);
    portal->theme = load_theme(dir, content.site.theme, options.program_dir, diags);
    return portal;
}

// Renders and copies one portal into `out`, reusing the pages of the current
// site whose key is unchanged. Counts pages and rendered pages; false on a
// write error.
bool emit(const Portal& portal, OutputWriter& out, unsigned threads, const std::string& program,
          std::map<std::string, std::string>& keys, BuildResult& result) {
    std::vector<PageSpec> pages = plan_pages(portal.content, portal.derived);
    add_publication_pages(portal.content, portal.derived, pages);
    std::set<std::string> dirs = {portal.prefix};
    for (const auto& p : pages)
        if (auto slash = p.path.rfind('/'); slash != std::string::npos)
            dirs.insert(portal.prefix + p.path.substr(0, slash));
    for (const auto& d : dirs)
        out.make_dirs(d);

    std::string shared = Digest()
                             .add(program)
                             .add(portal.content.shared_digest)
                             .add(theme_digest(*portal.theme))
                             .add(std::int64_t{portal.content.frozen_year})
                             .hex();
    std::vector<const PageSpec*> to_render;
    for (const auto& page : pages) {
        std::string path = portal.prefix + page.path;
        std::string key = Digest().add(shared).add(page.depends).hex();
        keys[path] = key;
        auto previous = out.previous_keys().find(path);
        if (previous == out.previous_keys().end() || previous->second != key || !out.reuse(path))
            to_render.push_back(&page);
    }
    bool ok = render_pages(to_render, *portal.theme, out, threads, portal.prefix);
    for (const auto& file : feeds_and_indexes(portal.content, pages)) {
        out.make_dirs(portal.prefix + fs::path(file.path).parent_path().generic_string());
        ok = ok && out.write(portal.prefix + file.path, file.bytes);
    }
    ok = ok && copy_files(portal.content, *portal.theme, portal.dir, out, portal.prefix);
    result.pages += static_cast<int>(pages.size());
    result.rendered += static_cast<int>(to_render.size());
    return ok;
}

// The organisations' content folders when `dir` holds several (each a folder
// with its own site.toml), sorted by folder name; empty for a single one.
std::vector<fs::path> organisation_folders(const fs::path& dir) {
    std::vector<fs::path> folders;
    std::error_code ec;
    if (fs::exists(dir / "site.toml", ec)) return folders;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.is_directory() && fs::exists(e.path() / "site.toml", ec)) folders.push_back(e.path());
    std::sort(folders.begin(), folders.end());
    return folders;
}

// The index of a province's (or the nation's) portals, grouped by district.
std::string organisations_index(const std::vector<std::unique_ptr<Portal>>& portals) {
    std::map<std::string, std::vector<const Portal*>> by_district;
    for (const auto& p : portals)
        by_district[p->content.site.organisation.district].push_back(p.get());
    std::vector<std::string> districts;
    for (const auto& [district, _] : by_district)
        districts.push_back(district);
    thai_sort(districts);
    ThaiCollator collate;
    Data groups(Data::type::list);
    for (const auto& district : districts) {
        auto& members = by_district[district];
        std::sort(members.begin(), members.end(), [&](const Portal* a, const Portal* b) {
            return collate(a->content.site.organisation.name, b->content.site.organisation.name);
        });
        Data orgs(Data::type::list);
        for (const Portal* p : members) {
            Data org;
            put(org, "name", p->content.site.organisation.name);
            put(org, "type", p->content.site.organisation.type);
            put(org, "province", p->content.site.organisation.province);
            put(org, "href", p->prefix + "index.html");
            put(org, "projects", std::to_string(p->content.plan.projects.size()));
            append(orgs, std::move(org));
        }
        Data group;
        put(group, "district", district);
        put(group, "organisations", std::move(orgs));
        append(groups, std::move(group));
    }
    Data page;
    put(page, "districts", std::move(groups));
    put(page, "count", std::to_string(portals.size()));
    Templates templates(*portals.front()->theme);
    return templates.render("organisations", page);
}

// Every byte a build reads: the content folder, the themes, this program. When
// it equals the last successful build's and that site is whole, the build has
// nothing to do.
std::string inputs_digest(const BuildOptions& options, const std::string& program) {
    Digest d;
    d.add(program).add(std::int64_t{options.frozen_year});
    std::error_code ec;
    for (const fs::path& root :
         {options.content, fs::path("themes"), options.program_dir / ".." / "themes"}) {
        std::vector<fs::path> files;
        for (auto it = fs::recursive_directory_iterator(root, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
            if (it->is_regular_file()) files.push_back(it->path());
        std::sort(files.begin(), files.end());
        for (const auto& f : files)
            d.add(f.generic_string()).add(read_file_bytes(f));
    }
    return d.hex();
}

// The last build's result, when its inputs were `digest` and every page it
// wrote is still there.
std::optional<BuildResult> unchanged_build(const BuildOptions& options, const std::string& digest) {
    std::error_code ec;
    if (!fs::exists(options.out / OutputWriter::marker, ec)) return std::nullopt;
    std::ifstream in(cache_file_for(options.out, ".inputs"));
    std::string recorded;
    BuildResult r;
    if (!(in >> recorded >> r.pages >> r.warnings) || recorded != digest) return std::nullopt;
    in.ignore(1);
    r.report.assign(std::istreambuf_iterator<char>(in), {});
    std::ifstream keys(cache_file_for(options.out, ".keys"));
    std::string key, path;
    while (keys >> key && std::getline(keys >> std::ws, path))
        if (!fs::exists(options.out / path, ec)) return std::nullopt;
    r.ok = true;
    return r;
}

void record_build(const BuildOptions& options, const std::string& digest, const BuildResult& r) {
    fs::path file = cache_file_for(options.out, ".inputs");
    std::ofstream(file.string() + ".new", std::ios::trunc)
        << digest << ' ' << r.pages << ' ' << r.warnings << '\n'
        << r.report;
    std::error_code ec;
    fs::rename(file.string() + ".new", file, ec);
}

} // namespace

BuildResult build_site(const BuildOptions& options) {
    auto start = std::chrono::steady_clock::now();
    BuildResult result;
    Diagnostics diags;
    std::string program = program_digest();
    std::string inputs;
    if (options.write && options.incremental) {
        inputs = inputs_digest(options, program);
        if (auto same = unchanged_build(options, inputs)) {
            same->seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            return *same;
        }
    }

    // Every organisation is loaded and checked before anything is written, so
    // one organisation's error leaves the whole published site untouched.
    unsigned threads =
        options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::unique_ptr<Portal>> portals;
    std::vector<fs::path> folders = organisation_folders(options.content);
    if (folders.empty()) {
        portals.push_back(prepare(options, options.content, "", diags));
    } else {
        // Organisations load in parallel, each with its own diagnostics.
        portals.resize(folders.size());
        std::vector<Diagnostics> found(folders.size());
        std::atomic<std::size_t> next{0};
        auto work = [&] {
            for (std::size_t i; (i = next++) < folders.size();)
                portals[i] =
                    prepare(options, folders[i], folders[i].filename().string() + "/", found[i]);
        };
        on_threads(threads, folders.size(), work);
        for (const auto& d : found)
            diags.append(d);
    }

    if (!diags.has_errors() && options.write) {
        if (auto out =
                OutputWriter::begin(options.out, options.content, diags, options.incremental)) {
            std::map<std::string, std::string> keys;
            bool ok = true;
            for (const auto& portal : portals)
                ok = emit(*portal, *out, threads, program, keys, result) && ok;
            if (!folders.empty()) {
                ok = ok && out->write("index.html", organisations_index(portals));
                for (const auto& [rel, file] : portals.front()->theme->assets)
                    ok = ok && out->copy(file, "assets/" + rel);
                ++result.pages;
                ++result.rendered;
            }
            if (!ok) {
                diags.error({options.out.generic_string(), 0, 0},
                            "cannot write " + out->failed() + " (is the disk full?)");
                out->abort();
                result.pages = result.rendered = 0;
            } else if (!out->commit(diags, keys)) {
                result.pages = result.rendered = 0;
            } else if (!inputs.empty()) {
                result.warnings = diags.warnings();
                result.report = format_all(diags);
                record_build(options, inputs, result);
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
