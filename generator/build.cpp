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
#include "search/province_index.h"
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

// A text that could not be read back from the temporary file it was kept in
// is the build's error: a page or search file would be published without it.
void check_kept_texts(const Content& c, Diagnostics& diags) {
    std::string why = c.kept->failure();
    if (!why.empty())
        diags.error({c.root, 0, 0}, "a text prongsai kept in a temporary file could not be read "
                                    "back (" +
                                        why + "); nothing was published, build again");
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
    portal->theme = load_theme(dir, content.site.theme, options.program_dir, diags, &templates);
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
        // The index (and the text of documents) is made only for a build that
        // writes, and whose content has no error: such a build writes nothing.
        const bool index_text = options.write && diags.errors() == errors_before;
        const Organisation& o = content.site.organisation;
        SearchIndex index(index_text ? breaker : nullptr, o.name,
                          o.name + "\n" + o.district + "\n" + o.province, content.kept.get());
        search_entries(content, portal->derived, labels, index_text, diags,
                       [&](SearchEntry&& e) { index.add(std::move(e)); });
        add_search_pages(content, labels, index.pages(), portal->pages);
        portal->files = feeds_and_indexes(content, labels, portal->pages);
        if (index_text)
            for (auto& file : index.files())
                portal->files.push_back(std::move(file));
        check_links(content, produced_paths(*portal), diags);
    }
    if (diags.errors() == errors_before && portal->theme) {
        check_stated_figures(content, portal->derived, diags);
        // Errors first: a clerk reads these once the content builds.
        check_leftovers(content, diags);
        check_year_figures(content, portal->theme->labels, diags);
    }
    if (!options.write) check_kept_texts(content, diags); // a build checks after writing
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
        ok = ok && out.write(portal.prefix + file.path,
                             file.kept ? portal.content.kept->read(*file.kept) : file.bytes);
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
    auto theme = load_theme(options.content, "default", options.program_dir, diags, &templates);
    if (!theme || !templates.check(*theme, diags)) return true; // the error is in diags
    std::vector<OrgLink> links;
    for (const auto& job : jobs)
        links.push_back({job.org->prefix, job.record.summary});
    bool ok = out.write(route::home, organisations_index(links, templates.for_this_thread(*theme)));
    return ok && copy_assets(*theme, out, "");
}

// One run of build_site, step by step: each step returns whether the build
// goes on, and what stopped it is in diags_.
class Builder {
  public:
    explicit Builder(const BuildOptions& options) : options_(options) {}
    BuildResult run();

  private:
    bool open();
    bool read_shipped_lists();
    void replay();
    void start();
    void build(Job& job, unsigned thread);
    bool publish();
    BuildResult done(BuildResult r) const;
    WordBreaker* breaker(unsigned thread) { return options_.write ? &breakers_[thread] : nullptr; }

    const BuildOptions& options_;
    std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
    Diagnostics diags_;
    BuildResult result_;
    unsigned threads_ = 1;
    std::string program_;
    ShippedLists shipped_;
    std::optional<BuildLock> lock_; // for the whole build: the cache, the staging, the swap
    std::optional<BuildPlan> plan_;
    std::vector<Job> jobs_;
    TemplateCache templates_; // shared by every organisation and thread
    Job* first_ = nullptr;
    // A word breaker for each thread, for the thread's whole life: it
    // remembers the runs of text it broke, which recur from page to page.
    std::vector<WordBreaker> breakers_;
    // A province whose only change is inside the first organisation: its
    // folder alone is swapped in, and the index stays.
    bool one_folder_ = false;
    std::optional<OutputWriter> out_;
    std::atomic<bool> failed_{false};
};

BuildResult Builder::run() {
    if (!open() || !read_shipped_lists()) return done(result_);
    plan_ = plan_build(options_, program_, threads_, diags_);
    if (!plan_) return done(result_);
    if (plan_->changed == 0) { // nothing to do: the site is as the last build made it
        replay();
        return done(result_);
    }
    start();
    // Each organisation is loaded, checked, rendered and written, then let go,
    // on as many threads as there are cores: memory does not grow with the
    // number of organisations. One organisation's error fails the build, and
    // since pages go to a staging folder, the published site stays untouched.
    on_threads(threads_, jobs_.size(),
               [this](std::size_t i, unsigned thread) { build(jobs_[i], thread); });
    for (const auto& job : jobs_) {
        diags_.append(job.diags);
        result_.oit += options_.oit_year ? job.oit
                       : plan_->province ? ""
                                         : oit_coverage_line(job.record.summary.oit) + "\n";
    }
    if (!out_) return done(result_);
    if (diags_.has_errors()) {
        out_->abort();
        return done(result_);
    }
    return done(publish() ? result_ : BuildResult{});
}

// The output folder's name, place and lock; the libraries, before any thread.
bool Builder::open() {
    if (options_.write && options_.out.empty()) {
        diags_.error({"-o ''", 0, 0},
                     "the output folder's name is empty; give a folder, e.g. -o site");
        return false;
    }
    if (options_.write && (!OutputWriter::check_place(options_.out, options_.content, diags_) ||
                           !(lock_ = BuildLock::acquire(options_.out, diags_))))
        return false;
    // cmark-gfm's extension registry is global: filled once, before any thread starts.
    markdown_init();
    images_init("prongsai");
    threads_ =
        options_.threads ? options_.threads : std::max(1u, std::thread::hardware_concurrency());
    program_ = program_digest();
    return true;
}

// The OIT item list `check --oit YEAR` asks for, read before anything else so
// that an unknown year stops the build at once.
bool Builder::read_shipped_lists() {
    if (!options_.oit_year) return true;
    shipped_.oit_years = builtin_oit_years(diags_);
    if (find_oit_year(shipped_.oit_years, options_.oit_year)) return true;
    std::string known;
    for (const auto& y : shipped_.oit_years)
        known += (known.empty() ? "" : ", ") + std::to_string(y.year);
    diags_.error({"--oit " + std::to_string(options_.oit_year), 0, 0},
                 "prongsai has no OIT item list for " + std::to_string(options_.oit_year) +
                     "; the assessment years it has are " + known);
    return false;
}

// The last build's warnings and figures, for a build that has nothing to do.
void Builder::replay() {
    for (const auto& org : plan_->organisations) {
        const OrgRecord& r = plan_->previous.organisations->at(org.prefix);
        for (const auto& w : r.warnings)
            diags_.add(w);
        result_.pages += r.pages;
        if (!plan_->province) result_.oit += oit_coverage_line(r.summary.oit) + "\n";
    }
    result_.pages += plan_->province;
}

// The lists every organisation shares (read once), the first organisation
// (on every core: in a province it is the one that changed), and the staging
// folder, which is begun only when that organisation has no error.
void Builder::start() {
    if (shipped_.oit_years.empty()) shipped_.oit_years = builtin_oit_years(diags_);
    shipped_.ita_years = builtin_ita_years(diags_);
    jobs_ = std::vector<Job>(plan_->organisations.begin(), plan_->organisations.end());
    breakers_.resize(options_.write ? threads_ : 0);
    if (plan_->first) {
        first_ = &jobs_[*plan_->first];
        first_->portal = prepare(options_, templates_, shipped_, first_->org->dir,
                                 first_->org->prefix, threads_, breaker(0), first_->diags);
    }
    // The index stays only when it lists the same organisations, and is there.
    std::error_code ec;
    one_folder_ = plan_->province && plan_->same_organisations && first_ &&
                  !first_->diags.has_errors() &&
                  summary_of(first_->portal->content) ==
                      plan_->previous.organisations->at(first_->org->prefix).summary &&
                  fs::is_regular_file(options_.out / route::home, ec);
    if (options_.write && !(first_ && first_->diags.has_errors()))
        out_ = OutputWriter::begin(options_.out, options_.content, diags_);
    failed_ = diags_.has_errors();
}

// One organisation: its last build's pages again when it has not changed,
// else loaded, checked, rendered and written.
void Builder::build(Job& job, unsigned thread) {
    const PlannedOrganisation& org = *job.org;
    const PageKeys& previous_keys = plan_->previous.pages;
    if (org.unchanged) {
        job.record = plan_->previous.organisations->at(org.prefix);
        for (const auto& w : job.record.warnings)
            job.diags.add(w);
        job.keys = keys_below(previous_keys, org.prefix);
        if (out_ && !one_folder_) job.written = out_->reuse_folder(org.prefix);
        return;
    }
    if (!job.portal)
        job.portal = prepare(options_, templates_, shipped_, org.dir, org.prefix, 1,
                             breaker(thread), job.diags);
    job.record = {org.signature, "", summary_of(job.portal->content), 0, job.diags.list()};
    if (options_.oit_year && !job.diags.has_errors()) {
        const Content& content = job.portal->content;
        if (const OitYear* y = find_oit_year(content.oit_years, options_.oit_year))
            job.oit = (plan_->province ? content.site.organisation.name + "\n" : "") +
                      oit_report(oit_index(content, *y));
    }
    if (job.diags.has_errors())
        failed_ = true;
    else if (out_ && !failed_)
        job.written =
            emit(*job.portal, templates_, *out_, previous_keys, &job == first_ ? threads_ : 1,
                 program_, job.keys, job.record.pages, job.rendered);
    if (options_.write) {
        check_kept_texts(job.portal->content, job.diags);
        if (job.diags.has_errors()) failed_ = true;
    }
    job.portal.reset();
}

// The province's search, merged from the organisations' (each written or
// taken over in the staging folder).
bool write_province_search(const std::vector<Job>& jobs, OutputWriter& out, unsigned threads,
                           Diagnostics& diags) {
    std::vector<std::string> prefixes;
    for (const auto& job : jobs)
        prefixes.push_back(job.org->prefix);
    std::string error;
    auto files = province_search_index(
        prefixes, [&](const std::string& rel) { return out.read_staged(rel); }, threads, error);
    if (!files) {
        diags.error({route::search_index, 0, 0}, error);
        return true; // the error is in diags
    }
    out.make_dirs(route::search_index);
    for (const auto& file : *files)
        if (!out.write(file.path, file.bytes)) return false;
    return true;
}

// The province's index and search, the counts, the swap of the staging
// folder into place, and the record the next build compares with.
bool Builder::publish() {
    bool written = std::all_of(jobs_.begin(), jobs_.end(), [](const Job& j) { return j.written; });
    // The one organisation that changed changed what a search finds: the
    // province's search is made again, so every folder is staged and swapped.
    if (one_folder_ && written && !out_->same_as_live(first_->org->prefix + route::search_index)) {
        one_folder_ = false;
        for (const auto& job : jobs_)
            if (job.org->unchanged) written = out_->reuse_folder(job.org->prefix) && written;
    }
    if (plan_->province && !one_folder_)
        written = write_index(options_, templates_, jobs_, *out_, diags_) && written &&
                  write_province_search(jobs_, *out_, threads_, diags_);
    if (diags_.has_errors()) {
        out_->abort();
        return false;
    }
    BuildCache made{BuildRecord{}, {}};
    for (auto& job : jobs_) {
        made.pages.merge(job.keys);
        result_.pages += job.record.pages;
        result_.rendered += job.rendered;
        (*made.organisations)[job.org->prefix] = std::move(job.record);
    }
    if (plan_->province) {
        ++result_.pages;
        result_.rendered += !one_folder_;
    }
    if (!written) {
        if (!diags_.has_errors()) {
            std::string at = out_->failed_file();
            diags_.error({at.empty() ? options_.out.generic_string() : at, 0, 0}, out_->failed());
        }
        out_->abort();
        return false;
    }
    test_pause("written");
    forget_build_cache(options_.out);
    bool committed =
        one_folder_ ? out_->commit_folder(first_->org->prefix, diags_) : out_->commit(diags_);
    if (!committed) return false;
    for (auto& [prefix, org] : *made.organisations)
        org.output = folders_signature(options_.out, page_folders(made.pages, prefix));
    write_build_cache(options_.out, made);
    return true;
}

BuildResult Builder::done(BuildResult r) const {
    r.errors = diags_.errors();
    r.warnings = diags_.warnings();
    r.ok = !diags_.has_errors();
    r.report = format_all(diags_);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    return r;
}

} // namespace

BuildResult build_site(const BuildOptions& options) {
    return Builder(options).run();
}

} // namespace prongsai
