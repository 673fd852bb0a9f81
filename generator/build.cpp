#include "build.h"

#include "build_cache.h"
#include "build_plan.h"
#include "threads.h"

#include "check/check.h"
#include "check/years.h"
#include "derive/derive.h"
#include "derive/oit.h"
#include "digest.h"
#include "images.h"
#include "load/load.h"
#include "load/years.h"
#include "render/content_pages.h"
#include "render/markdown.h"
#include "render/menu.h"
#include "render/oit_pages.h"
#include "render/open_data.h"
#include "render/organisations.h"
#include "render/pages.h"
#include "render/publication_pages.h"
#include "render/report_pages.h"
#include "render/routes.h"
#include "render/templates.h"
#include "search/search_index.h"
#include "search/search_pages.h"
#include "test_pause.h"
#include "text.h"
#include "thai.h"
#include "write/write.h"

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

// Renders `pages` on `threads` threads, each with its own compiled templates.
// `prefix` is the organisation's sub-folder in a multi-organisation build.
bool render_pages(const std::vector<const PageSpec*>& pages, const Theme& theme,
                  TemplateCache& templates, OutputWriter& out, unsigned threads,
                  const std::string& prefix) {
    std::atomic<bool> ok{true};
    on_threads(threads, pages.size(), [&](std::size_t i, unsigned) {
        const Templates& compiled = templates.for_this_thread(theme);
        const PageSpec& page = *pages[i];
        bool written =
            page.stream ? out.write_streamed(prefix + page.path,
                                             [&](const Sink& sink) { page.stream(compiled, sink); })
                        : out.write(prefix + page.path, page.render(compiled));
        if (!written) ok = false;
    });
    return ok;
}

// What every page's bytes depend on besides the content: this very program
// (a new version may render differently) and the theme's templates. The
// program is known by its file's identity and times: a new build of it is a
// new file.
std::string program_digest() {
    return file_signature("/proc/self/exe");
}

// Copies what is published as it is: theme assets, documents, frozen years.
// Files of the content folder are copied with copy_beneath: a link swapped in
// since they were loaded publishes nothing from outside it.
bool copy_assets(const Theme& theme, OutputWriter& out, const std::string& prefix) {
    bool ok = true;
    for (const auto& [rel, file] : theme.assets) {
        auto root = theme.asset_roots.find(rel);
        ok = ok && (root == theme.asset_roots.end()
                        ? out.copy(file, prefix + "assets/" + rel)
                        : out.copy_beneath(root->second, file.lexically_relative(root->second),
                                           prefix + "assets/" + rel));
    }
    return ok;
}

bool copy_files(const Content& content, const Theme& theme, const fs::path& content_dir,
                OutputWriter& out, const std::string& prefix) {
    bool ok = copy_assets(theme, out, prefix);
    for (const auto& [source, image] : content.images)
        for (const auto* files : {&image.jpeg, &image.webp})
            for (const auto& file : *files)
                ok = ok && out.copy(file.cache, prefix + file.path);
    for (const auto& doc : content.documents)
        ok = ok && out.copy_beneath(content_dir, fs::path("documents") / doc.file,
                                    prefix + route::document(doc.file), doc.sha256);
    std::error_code ec;
    for (int year : content.archived_years) {
        // Byte for byte, never re-rendered: the portal as it was published.
        fs::path dir = content_dir / "archive" / std::to_string(year);
        for (auto e = fs::recursive_directory_iterator(dir, ec);
             ok && !ec && e != fs::recursive_directory_iterator(); e.increment(ec))
            if (e->is_regular_file(ec))
                ok = ok && out.copy_beneath(content_dir, e->path().lexically_relative(content_dir),
                                            prefix + route::archived_year(year) +
                                                e->path().lexically_relative(dir).generic_string());
        ok = ok && !ec;
        // Never through a link: the loader refuses them, and a link made since is not followed.
        fs::path tarball = content_dir / "archive" / (std::to_string(year) + ".tar.gz");
        if (fs::is_regular_file(fs::symlink_status(tarball, ec)))
            ok = ok && out.copy_beneath(content_dir, tarball.lexically_relative(content_dir),
                                        prefix + route::archived_tarball(year));
    }
    return ok;
}

// One organisation's content, loaded, checked and derived, ready to render.
struct Portal {
    fs::path dir;
    std::string prefix; // its sub-folder of the output ("" for a single organisation)
    Content content;
    Derived derived; // points into `content`: a Portal is never moved
    std::vector<PageSpec> pages;
    std::vector<PlainFile> files; // feeds, sitemap, robots.txt
    std::optional<Theme> theme;
};

// Every path the build of `portal` produces: its pages, feeds, documents and
// archived years. Links are checked against these, not against a list of
// their own.
std::set<std::string> produced_paths(const Portal& portal) {
    std::set<std::string> paths;
    for (const auto& page : portal.pages)
        paths.insert(page.path);
    for (const auto& file : portal.files)
        paths.insert(file.path);
    for (const auto& doc : portal.content.documents)
        paths.insert(route::document(doc.file));
    for (const auto& [source, image] : portal.content.images)
        for (const auto* files : {&image.jpeg, &image.webp})
            for (const auto& file : *files)
                paths.insert(file.path);
    for (int year : portal.content.archived_years) {
        paths.insert(route::archived_year(year) + route::home);
        paths.insert(route::archived_tarball(year));
    }
    return paths;
}

// Every photo the content shows, made fit for the web through the cache
// beside the output (the same photo in two places is made once).
void publish_photos(Content& content, const fs::path& out, Diagnostics& diags) {
    fs::path cache = cache_file_for(out, "-images");
    auto publish = [&](const std::string& rel, const SourceLoc& at) {
        if (content.images.count(rel)) return;
        if (auto image = publish_image(content.root, rel, cache, at, diags))
            content.images.emplace(rel, std::move(*image));
    };
    auto organisation_file = [&](const std::string& file, const SourceLoc& at) {
        if (!file.empty()) publish(organisation_photo(file), at);
    };
    for (const auto& p : content.people.people)
        organisation_file(p.photo, p.photo_loc);
    organisation_file(content.site.organisation.map_image, content.site.organisation.map_image_loc);
    organisation_file(content.site.organisation.logo, content.site.organisation.logo_loc);
    for (const auto& a : content.announcements)
        for (const auto& photo : a.photos)
            publish(photo.file, photo.loc);
    for (const auto& p : content.pages)
        for (const auto& photo : p.photos)
            publish(photo.file, photo.loc);
    // A page shows a photo's files, named by its bytes: a new photo, new pages.
    Digest shared;
    shared.add(content.shared_digest);
    for (const auto& [rel, image] : content.images)
        shared.add(rel).add(image.jpeg.back().path);
    content.shared_digest = shared.hex();
}

std::unique_ptr<Portal> prepare(const BuildOptions& options, TemplateCache& templates,
                                const ShippedLists& shipped, const fs::path& dir,
                                std::string prefix, unsigned threads, WordBreaker* breaker,
                                Diagnostics& diags) {
    auto portal = std::make_unique<Portal>();
    portal->dir = dir;
    portal->prefix = std::move(prefix);
    Content& content = portal->content;
    int errors_before = diags.errors();
    content = load_content(dir, shipped, diags, threads);
    test_pause("loaded");
    if (options.frozen_year) {
        content.frozen_year = options.frozen_year;
        content.archived_years.clear(); // a frozen portal links to no other year
    }
    check_content(content, diags);
    check_publications(content, diags);
    check_years(content, diags);
    check_oit(content, diags);
    portal->derived = derive(content);
    // Photos are made only for a build that writes, after the content is
    // known good: `check` decodes nothing.
    if (options.write && diags.errors() == errors_before)
        publish_photos(content, options.out, diags);
    // The pages are planned with the theme's words, so the theme comes first.
    portal->theme = load_theme(dir, content.site.theme, options.program_dir, diags);
    if (portal->theme) {
        templates.check(*portal->theme, diags);
        const Labels& labels = portal->theme->labels;
        check_accent(content, labels, diags);
        content.nav = resolve_menu(content, labels, diags);
        portal->pages = plan_pages(content, portal->derived, labels);
        add_content_pages(content, labels, portal->pages);
        add_publication_pages(content, portal->derived, labels, portal->pages);
        add_report_pages(content, labels, portal->pages);
        add_oit_pages(content, labels, portal->pages);
        add_open_data_pages(content, portal->derived, labels, portal->pages);
        // The index (and the text of documents) is made only for a build that writes.
        SearchIndex index(options.write ? breaker : nullptr);
        search_entries(content, portal->derived, labels, options.write, diags,
                       [&](SearchEntry&& e) { index.add(std::move(e)); });
        add_search_pages(content, labels, index.pages(), portal->pages);
        portal->files = feeds_and_indexes(content, labels, portal->pages);
        if (options.write)
            for (auto& file : index.files(content.site.organisation.name))
                portal->files.push_back(std::move(file));
        check_links(content, produced_paths(*portal), diags);
    }
    if (diags.errors() == errors_before && portal->theme) {
        check_stated_figures(content, portal->derived, diags);
        // Errors first: a clerk reads these once the content builds.
        check_leftovers(content, diags);
        check_year_figures(content, portal->theme->labels, diags);
    }
    return portal;
}

// Renders and copies one portal into `out`, reusing the pages of the current
// site whose key is unchanged. Counts pages and rendered pages; false on a
// write error.
bool emit(Portal& portal, TemplateCache& templates, OutputWriter& out,
          const PageKeys& previous_keys, unsigned threads, const std::string& program,
          PageKeys& keys, int& page_count, int& rendered) {
    const std::vector<PageSpec>& pages = portal.pages;
    std::set<std::string> dirs = {portal.prefix};
    for (const auto& p : pages)
        if (auto slash = p.path.rfind('/'); slash != std::string::npos)
            dirs.insert(portal.prefix + p.path.substr(0, slash));
    for (const auto& d : dirs)
        out.make_dirs(d);

    std::string shared = Digest()
                             .add(program)
                             .add(portal.content.shared_digest)
                             .add(portal.theme->digest)
                             .add(std::int64_t{portal.content.frozen_year})
                             .hex();
    std::vector<const PageSpec*> to_render;
    for (const auto& page : pages) {
        std::string path = portal.prefix + page.path;
        std::string key = Digest().add(shared).add(page.depends).hex();
        keys[path] = key;
        auto previous = previous_keys.find(path);
        if (previous == previous_keys.end() || previous->second != key || !out.reuse(path))
            to_render.push_back(&page);
    }
    // The files first, then let go of: the search index's are megabytes a
    // big plan, which the pages' rendering need not be holding too.
    bool ok = true;
    for (const auto& file : portal.files) {
        out.make_dirs(portal.prefix + fs::path(file.path).parent_path().generic_string());
        ok = ok && out.write(portal.prefix + file.path, file.bytes);
    }
    std::vector<PlainFile>().swap(portal.files);
    ok = ok && render_pages(to_render, *portal.theme, templates, out, threads, portal.prefix);
    test_pause("rendered");
    ok = ok && copy_files(portal.content, *portal.theme, portal.dir, out, portal.prefix);
    page_count = static_cast<int>(
        std::count_if(pages.begin(), pages.end(), [](const PageSpec& p) { return !p.data; }));
    rendered = static_cast<int>(std::count_if(to_render.begin(), to_render.end(),
                                              [](const PageSpec* p) { return !p->data; }));
    return ok;
}

OrgSummary summary_of(const Content& c) {
    const Organisation& o = c.site.organisation;
    return {o.name,
            o.type,
            o.province,
            o.district,
            c.has_plan ? std::optional(c.plan.projects.size()) : std::nullopt,
            oit_coverage_code(c)};
}

// One organisation's part of a build, as it is carried out.
struct Job {
    explicit Job(const PlannedOrganisation& planned) : org(&planned) {}
    const PlannedOrganisation* org;
    Diagnostics diags;
    std::unique_ptr<Portal> portal; // while it is loaded
    OrgRecord record;               // what the next build will compare with
    PageKeys keys;
    std::string oit; // `check --oit YEAR`: the year's report
    int rendered = 0;
    bool written = true; // false on a write error
};

// Builds the index of organisations and copies the theme's assets beside it.
bool write_index(const BuildOptions& options, TemplateCache& templates,
                 const std::vector<Job>& jobs, OutputWriter& out, Diagnostics& diags) {
    auto theme = load_theme(options.content, "default", options.program_dir, diags);
    if (!theme || !templates.check(*theme, diags)) return true; // the error is in diags
    std::vector<OrgLink> links;
    for (const auto& job : jobs)
        links.push_back({job.org->prefix, job.record.summary});
    bool ok = out.write(route::home, organisations_index(links, templates.for_this_thread(*theme)));
    return ok && copy_assets(*theme, out, "");
}

} // namespace

BuildResult build_site(const BuildOptions& options) {
    auto start = std::chrono::steady_clock::now();
    auto finish = [&](BuildResult r, const Diagnostics& diags) {
        r.errors = diags.errors();
        r.warnings = diags.warnings();
        r.ok = !diags.has_errors();
        r.report = format_all(diags);
        r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return r;
    };
    BuildResult result;
    Diagnostics diags;
    if (options.write && options.out.empty()) {
        diags.error({"-o ''", 0, 0},
                    "the output folder's name is empty; give a folder, e.g. -o site");
        return finish(result, diags);
    }
    std::optional<BuildLock> lock; // for the whole build: the cache, the staging, the swap
    if (options.write && (!OutputWriter::check_place(options.out, options.content, diags) ||
                          !(lock = BuildLock::acquire(options.out, diags))))
        return finish(result, diags);
    // cmark-gfm's extension registry is global: filled once, before any thread starts.
    markdown_init();
    images_init("prongsai");
    unsigned threads =
        options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    std::string program = program_digest();

    // The OIT item lists and ITA weights the program ships, read once for every
    // organisation, and only when something is to be built or checked.
    ShippedLists shipped;
    if (options.oit_year) {
        shipped.oit_years = builtin_oit_years(diags);
        if (!find_oit_year(shipped.oit_years, options.oit_year)) {
            std::string known;
            for (const auto& y : shipped.oit_years)
                known += (known.empty() ? "" : ", ") + std::to_string(y.year);
            diags.error({"--oit " + std::to_string(options.oit_year), 0, 0},
                        "prongsai has no OIT item list for " + std::to_string(options.oit_year) +
                            "; the assessment years it has are " + known);
            return finish(result, diags);
        }
    }
    std::optional<BuildPlan> plan = plan_build(options, program, threads, diags);
    if (!plan) return finish(result, diags);
    const PageKeys& previous_keys = plan->previous.pages;
    if (plan->changed == 0) { // nothing to do: the site is as the last build made it
        for (const auto& org : plan->organisations) {
            const OrgRecord& r = plan->previous.organisations->at(org.prefix);
            for (const auto& w : r.warnings)
                diags.add(w);
            result.pages += r.pages;
            if (!plan->province) result.oit += oit_coverage_line(r.summary.oit) + "\n";
        }
        result.pages += plan->province;
        return finish(result, diags);
    }

    if (shipped.oit_years.empty()) shipped.oit_years = builtin_oit_years(diags);
    shipped.ita_years = builtin_ita_years(diags);
    std::vector<Job> jobs(plan->organisations.begin(), plan->organisations.end());
    TemplateCache templates; // shared by every organisation and thread
    Job* first = plan->first ? &jobs[*plan->first] : nullptr;
    // A word breaker for each thread, for the thread's whole life: it
    // remembers the runs of text it broke, which recur from page to page.
    std::vector<WordBreaker> breakers(options.write ? threads : 0);
    auto breaker = [&](unsigned thread) { return options.write ? &breakers[thread] : nullptr; };
    if (first)
        first->portal = prepare(options, templates, shipped, first->org->dir, first->org->prefix,
                                threads, breaker(0), first->diags);
    // The index stays only when it lists the same organisations, and is there.
    std::error_code ec;
    bool one_folder = plan->province && plan->same_organisations && first &&
                      !first->diags.has_errors() &&
                      summary_of(first->portal->content) ==
                          plan->previous.organisations->at(first->org->prefix).summary &&
                      fs::is_regular_file(options.out / route::home, ec);

    std::optional<OutputWriter> out;
    if (options.write && !(first && first->diags.has_errors()))
        out = OutputWriter::begin(options.out, options.content, diags);

    // Each organisation is loaded, checked, rendered and written, then let go,
    // on as many threads as there are cores: memory does not grow with the
    // number of organisations. One organisation's error fails the build, and
    // since pages go to a staging folder, the published site stays untouched.
    std::atomic<bool> failed{diags.has_errors()};
    on_threads(threads, jobs.size(), [&](std::size_t i, unsigned thread) {
        Job& job = jobs[i];
        const PlannedOrganisation& org = *job.org;
        if (org.unchanged) {
            job.record = plan->previous.organisations->at(org.prefix);
            for (const auto& w : job.record.warnings)
                job.diags.add(w);
            job.keys = keys_below(previous_keys, org.prefix);
            if (out && !one_folder) job.written = out->reuse_folder(org.prefix);
            return;
        }
        if (!job.portal)
            job.portal = prepare(options, templates, shipped, org.dir, org.prefix, 1,
                                 breaker(thread), job.diags);
        job.record = {org.signature, "", summary_of(job.portal->content), 0, job.diags.list()};
        if (options.oit_year && !job.diags.has_errors()) {
            const Content& content = job.portal->content;
            if (const OitYear* y = find_oit_year(content.oit_years, options.oit_year))
                job.oit = (plan->province ? content.site.organisation.name + "\n" : "") +
                          oit_report(oit_index(content, *y));
        }
        if (job.diags.has_errors())
            failed = true;
        else if (out && !failed)
            job.written =
                emit(*job.portal, templates, *out, previous_keys, &job == first ? threads : 1,
                     program, job.keys, job.record.pages, job.rendered);
        job.portal.reset();
    });
    for (const auto& job : jobs) {
        diags.append(job.diags);
        result.oit += options.oit_year ? job.oit
                      : plan->province ? ""
                                       : oit_coverage_line(job.record.summary.oit) + "\n";
    }
    if (!out) return finish(result, diags);
    if (diags.has_errors()) {
        out->abort();
        return finish(result, diags);
    }

    bool written = std::all_of(jobs.begin(), jobs.end(), [](const Job& j) { return j.written; });
    if (plan->province && !one_folder)
        written = write_index(options, templates, jobs, *out, diags) && written;
    BuildCache made{BuildRecord{}, {}};
    for (auto& job : jobs) {
        made.pages.merge(job.keys);
        result.pages += job.record.pages;
        result.rendered += job.rendered;
        (*made.organisations)[job.org->prefix] = std::move(job.record);
    }
    if (plan->province) {
        ++result.pages;
        result.rendered += !one_folder;
    }
    if (!written) {
        if (!diags.has_errors()) {
            std::string at = out->failed_file();
            diags.error({at.empty() ? options.out.generic_string() : at, 0, 0}, out->failed());
        }
        out->abort();
        return finish({}, diags);
    }
    test_pause("written");
    forget_build_cache(options.out);
    bool committed =
        one_folder ? out->commit_folder(first->org->prefix, diags) : out->commit(diags);
    if (!committed) return finish({}, diags);
    for (auto& [prefix, org] : *made.organisations)
        org.output = folders_signature(options.out, page_folders(made.pages, prefix));
    write_build_cache(options.out, made);
    return finish(result, diags);
}

} // namespace prongsai
