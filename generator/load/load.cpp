#include "load/load.h"

#include "threads.h"

#include "digest.h"
#include "load/beneath.h"
#include "load/front_matter.h"
#include "load/organisation.h"
#include "load/source_file.h"
#include "load/toml_reader.h"
#include "load/years.h"
#include "sha256.h"
#include "text.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <iterator>
#include <set>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace fs = std::filesystem;

namespace prongsai {

namespace {

// Moves a page's body out of memory into `bodies`, with the digest its
// page's key needs.
template <class Page> void keep_body(TextStore& bodies, Page& page) {
    page.body_digest = digest_of(page.body_markdown);
    page.body_kept = bodies.keep(std::exchange(page.body_markdown, {}));
}

struct Loader {
    fs::path root;
    Diagnostics& diags;
    Digest shared = {};

    std::string shown(const fs::path& rel) const { return (root / rel).generic_string(); }

    // A file of the content folder, opened once and never through a link that
    // leads outside it (see open_beneath): what is checked is what is read.
    std::optional<std::string> read(const fs::path& rel, bool required) {
        int fd = open_beneath(root, rel);
        if (fd < 0) {
            int error = errno;
            if (error == ENOENT) {
                if (required) diags.error({shown(rel), 0, 0}, "this file is missing");
            } else if (leads_outside(error)) {
                diags.error({shown(rel), 0, 0}, outside);
            } else {
                diags.error({shown(rel), 0, 0},
                            "cannot read this file (" + plain_error(error) +
                                "); let the user who runs prongsai read it (chmod a+r)");
            }
            return std::nullopt;
        }
        auto text = read_source_file(fd, shown(rel), rel.filename().string(), diags);
        close(fd);
        return text;
    }

    static constexpr const char* outside =
        "this file leads outside the content folder (a link?); put the file itself inside the "
        "content folder";

    std::optional<TableReader> toml_file(const fs::path& rel, std::optional<TomlDocument>& holder) {
        auto text = read(rel, true);
        if (!text) return std::nullopt;
        shared.add(rel.generic_string()).add(*text);
        holder = parse_toml(*text, shown(rel), diags);
        if (!holder) return std::nullopt;
        return TableReader(*holder, shown(rel), diags, {shown(rel), 1, 1});
    }

    bool site(SiteConfig& s) {
        std::optional<TomlDocument> doc;
        auto t = toml_file("site.toml", doc);
        if (!t) return false;
        s.loc = {shown("site.toml"), 1, 1};
        s.title = t->text("title", true).value_or("");
        s.language = t->text("language", false).value_or("th");
        s.base_path = t->text("base_path", false).value_or("/");
        // base_path goes into the links of the 404 page, url into feeds and
        // the sitemap: a path and a web address, nothing that could script.
        if (!made_of(s.base_path, "._~%-/") || !s.base_path.starts_with('/') ||
            !s.base_path.ends_with('/') || s.base_path.find("//") != std::string::npos) {
            diags.error(t->loc("base_path"),
                        "'base_path' must be the site's folder on its web server, starting and "
                        "ending with /, like base_path = \"/\" or base_path = \"/ita/\"");
            s.base_path = "/";
        }
        if (auto theme = t->text("theme", false)) {
            if (made_of(*theme, "_-", Letters::lower))
                s.theme = *theme;
            else
                diags.error(t->loc("theme"), "'theme' must be a theme's folder name, like "
                                             "theme = \"default\" (letters a-z, digits, - and _)");
        }
        if (auto digits = t->text("digits", false)) {
            if (*digits == "thai")
                s.digits = Digits::thai;
            else if (*digits != "arabic")
                diags.error(t->loc("digits"),
                            "'digits' must be \"arabic\" (0-9) or \"thai\" (๐-๙)");
        }
        s.allow_raw_html = t->boolean("allow_raw_html", false).value_or(false);
        if (auto url = t->text("url", false)) {
            // No ' either: the address goes into attributes.
            if (is_web_address(*url, true, "._~%!$&()*+,;=:@-/"))
                s.url = url->ends_with("/") ? *url : *url + "/";
            else
                diags.error(t->loc("url"), "'url' must be the site's full address, like "
                                           "url = \"https://www.example.go.th/ita/\"");
        }
        s.updated = t->date("updated", false);
        s.page_size = static_cast<int>(t->integer("page_size", false, 1, 1000).value_or(10));
        if (auto links = t->table("oit_links", false)) {
            for (const auto& [key, url] : links->all_texts()) {
                std::string year_text = key.substr(0, key.find('.'));
                std::string code =
                    key.find('.') == std::string::npos ? "" : key.substr(key.find('.') + 1);
                SourceLoc at = links->loc(year_text);
                auto year = parse_integer(year_text);
                if (!year || *year < 2400 || *year > 2700 || code.empty())
                    diags.error(at, "[oit_links] holds the addresses by assessment year and item, "
                                    "like 2565 = { O8 = \"https://www.facebook.com/...\" }");
                else if (!url.starts_with("https://") && !url.starts_with("http://"))
                    diags.error(at, "the address for " + code + " of " + year_text +
                                        " must be a full web address starting with https://");
                else
                    s.oit_links[static_cast<int>(*year)][code] = {url, at};
            }
        }
        if (auto open_data = t->table("open_data", false)) {
            s.licence = open_data->text("licence", false).value_or("");
            s.licence_url = open_data->text("licence_url", false).value_or("");
            s.source = open_data->text("source", false).value_or("");
            open_data->finish();
        }
        if (auto o = t->table("organisation", true)) {
            Organisation& org = s.organisation;
            org.name_loc = o->loc("name");
            org.name = o->text("name", true).value_or("");
            org.type_loc = o->loc("type");
            org.type = o->text("type", true).value_or("");
            static const std::vector<std::string> types = {
                "เทศบาลนคร",          "เทศบาลเมือง",          "เทศบาลตำบล",   "อบต.",    "อบจ.",
                "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด", "กรุงเทพมหานคร", "เมืองพัทยา"};
            if (!org.type.empty() &&
                std::find(types.begin(), types.end(), org.type) == types.end()) {
                std::string list;
                for (const auto& k : types)
                    list += (list.empty() ? "" : ", ") + k;
                diags.error(o->loc("type"), "'type' must be one of: " + list);
            }
            org.district_loc = o->loc("district");
            org.district = o->text("district", true).value_or("");
            org.province_loc = o->loc("province");
            org.province = o->text("province", true).value_or("");
            org.address = o->text("address", false).value_or("");
            org.phone = o->text("phone", false).value_or("");
            org.email = o->text("email", false).value_or("");
            org.executive_name = o->text("executive_name", false).value_or("");
            org.executive_title = o->text("executive_title", false).value_or("");
            read_contact(*o, org, diags);
            read_look(*o, org);
            o->finish();
        }
        t->finish();
        return true;
    }

    // logo, logo_alt and accent of [organisation].
    void read_look(TableReader& o, Organisation& org) {
        org.logo_loc = o.loc("logo");
        org.logo = o.text("logo", false).value_or("");
        org.logo_alt = o.text("logo_alt", false).value_or("");
        if (!org.logo.empty() && org.logo_alt.empty())
            diags.error(org.logo_loc, "a logo needs words for those who cannot see it: add "
                                      "logo_alt = \"ตราสัญลักษณ์" +
                                          org.name + "\"");
        org.accent_loc = o.loc("accent");
        if (auto accent = o.text("accent", false)) {
            if (is_hex_colour(*accent))
                org.accent = *accent;
            else
                diags.error(org.accent_loc, "'accent' must be a colour written as # and six hex "
                                            "digits, like accent = \"#0b5394\"");
        }
    }

    void plan(Plan& p) {
        std::optional<TomlDocument> doc;
        auto t = toml_file("plan/plan.toml", doc);
        if (!t) {
            p.unreadable = true;
            return;
        }
        p.loc = {shown("plan/plan.toml"), 1, 1};
        p.title = t->text("title", true).value_or("");
        p.first_year = t->year("first_year", true).value_or(0);
        p.last_year = t->year("last_year", true).value_or(0);
        if (p.first_year && p.last_year && p.first_year > p.last_year)
            diags.error(t->loc("last_year"), "'last_year' is before 'first_year'");
        p.announced = t->date("announced", false);
        p.signer = t->text("signer", false).value_or("");
        p.signer_title = t->text("signer_title", false).value_or("");
        p.prepared = t->text("prepared", false).value_or("");
        if (auto stated = t->table("stated", false)) {
            if (auto n = stated->integer("projects", false, 0, 100'000)) {
                p.stated_projects = static_cast<int>(*n);
                p.stated_projects_loc = stated->loc("projects");
            }
            p.stated_budget = stated->year_amounts("budget", false);
            stated->finish();
        }
        for (auto& tt : t->tables("targets", false)) {
            Target target;
            target.year = tt.year("year", true).value_or(0);
            target.ita_score = tt.number("ita_score", false);
            target.fewer_cases_percent = tt.number("fewer_cases_percent", false);
            tt.finish();
            p.targets.push_back(target);
        }
        for (auto& rt : t->tables("risks", false)) {
            Risk risk;
            risk.loc = rt.loc("number");
            risk.number = static_cast<int>(rt.integer("number", true, 1, 1000).value_or(0));
            risk.step_loc = rt.loc("step");
            risk.step = rt.text("step", true).value_or("");
            for (auto& [text, at] : rt.texts_at("risks", true)) {
                risk.risks.push_back(std::move(text));
                risk.risk_locs.push_back(at);
            }
            // A level for the row, or one for each risk: the document's choice.
            risk.levels = rt.texts("levels", false);
            risk.level = rt.text("level", risk.levels.empty()).value_or("");
            if (!risk.levels.empty() && risk.levels.size() != risk.risks.size())
                diags.error(rt.loc("levels"),
                            "'levels' gives " + std::to_string(risk.levels.size()) +
                                " level(s) but 'risks' lists " + std::to_string(risk.risks.size()) +
                                "; give one level for each risk, in the same order");
            for (auto& [text, at] : rt.texts_at("measures", true)) {
                risk.measures.push_back(std::move(text));
                risk.measure_locs.push_back(at);
            }
            risk.measure_numbers_loc = rt.loc("measure_numbers");
            for (auto n : rt.integers("measure_numbers", false, 1, 10'000))
                risk.measure_numbers.push_back(static_cast<int>(n));
            if (!risk.measure_numbers.empty() &&
                risk.measure_numbers.size() != risk.measures.size())
                diags.error(
                    risk.measure_numbers_loc,
                    "'measure_numbers' gives " + std::to_string(risk.measure_numbers.size()) +
                        " number(s) but 'measures' lists " + std::to_string(risk.measures.size()) +
                        "; give the number the document prints for each measure");
            rt.finish();
            p.risks.push_back(std::move(risk));
        }
        if (auto columns = t->table("risk_columns", false)) {
            RiskColumns& rc = p.risk_columns;
            rc.number = columns->text("number", false).value_or("");
            rc.step = columns->text("step", false).value_or("");
            rc.risks = columns->text("risks", false).value_or("");
            rc.level = columns->text("level", false).value_or("");
            rc.measures = columns->text("measures", false).value_or("");
            columns->finish();
        }
        p.unit_aliases_loc = t->loc("unit_aliases");
        if (auto aliases = t->table("unit_aliases", false)) {
            p.unit_aliases = aliases->all_texts();
            for (const auto& [alias, name] : p.unit_aliases)
                p.unit_alias_locs[alias] = aliases->loc(alias);
        }
        for (auto& dt : t->tables("dimensions", true)) {
            Dimension d;
            d.loc = dt.loc("number");
            d.number = static_cast<int>(dt.integer("number", true, 1, 99).value_or(0));
            d.name_loc = dt.loc("name");
            d.name = dt.text("name", true).value_or("");
            d.inferred = dt.boolean("inferred", false).value_or(false);
            if (auto n = dt.integer("stated_projects", false, 0, 100'000)) {
                d.stated_projects = static_cast<int>(*n);
                d.stated_projects_loc = dt.loc("stated_projects");
            }
            d.stated_budget = dt.year_amounts("stated_budget", false);
            for (auto& mt : dt.tables("missions", true)) {
                Mission m;
                m.loc = mt.loc("code");
                m.code = mt.text("code", true).value_or("");
                m.name_loc = mt.loc("name");
                m.name = mt.text("name", true).value_or("");
                m.inferred = mt.boolean("inferred", false).value_or(false);
                for (auto& it : mt.tables("items", false)) {
                    Item item;
                    item.loc = it.loc("code");
                    item.code = it.text("code", true).value_or("");
                    item.name_loc = it.loc("name");
                    item.name = it.text("name", true).value_or("");
                    item.inferred = it.boolean("inferred", false).value_or(false);
                    it.finish();
                    m.items.push_back(std::move(item));
                }
                mt.finish();
                d.missions.push_back(std::move(m));
            }
            dt.finish();
            p.dimensions.push_back(std::move(d));
        }
        t->finish();
        p.intro_markdown = read("plan/intro.md", false).value_or("");
        shared.add(p.intro_markdown);
    }

    // Files are read in order and parsed on `threads` threads (TOML is most of
    // the time); the result is the same as on one. A batch at a time, each
    // body kept out of memory as it is parsed, so that neither a plan's files
    // nor its bodies are ever all in memory.
    void projects(Plan& p, TextStore& bodies, unsigned threads) {
        std::vector<fs::path> files = markdown_files(fs::path("plan") / "projects");
        // A new organisation's folder (prongsai init) has none yet, and builds.
        if (files.empty())
            diags.warning({shown("plan/projects"), 0, 0},
                          "no project files (*.md) in this folder yet; add one per project "
                          "(prongsai new project CONTENT)");
        constexpr std::size_t batch = 256;
        for (std::size_t from = 0; from < files.size(); from += batch) {
            std::size_t n = std::min(batch, files.size() - from);
            std::vector<std::optional<std::string>> texts;
            for (std::size_t i = from; i < from + n; ++i)
                texts.push_back(valid_slug(files[i], shown(files[i])) ? read(files[i], true)
                                                                      : std::nullopt);
            std::vector<std::optional<Project>> parsed(n);
            std::vector<Diagnostics> found(n);
            on_threads(threads, n, [&](std::size_t i, unsigned) {
                if (!texts[i]) return;
                const fs::path& rel = files[from + i];
                parsed[i] = parse_project(*texts[i], shown(rel), rel.stem().string(), found[i]);
                std::string().swap(*texts[i]);
                if (parsed[i]) keep_body(bodies, *parsed[i]);
            });
            for (std::size_t i = 0; i < n; ++i) {
                // A project with an error is left out, and so are the checks that
                // need every project (numbering), so one mistake gives one message.
                diags.append(found[i]);
                if (parsed[i] && !found[i].has_errors())
                    p.projects.push_back(std::move(*parsed[i]));
                else
                    p.unreadable_projects = true;
            }
        }
        std::stable_sort(p.projects.begin(), p.projects.end(),
                         [](const Project& a, const Project& b) { return a.number < b.number; });
    }

    // The .md files of a content sub-folder, sorted by name. Anything so
    // named is listed, a folder too: read() then says it is not a file.
    std::vector<fs::path> markdown_files(const fs::path& rel_dir) {
        std::vector<fs::path> files;
        walk(rel_dir, false, [&](const fs::directory_entry& entry) {
            if (entry.path().extension() == ".md")
                files.push_back(rel_dir / entry.path().filename());
        });
        std::sort(files.begin(), files.end());
        return files;
    }

    // Calls `each` for every entry of content sub-folder `rel_dir` (and below
    // it when `recursive`). A folder that cannot be read is an error at that
    // folder; a missing `rel_dir` is none.
    template <typename Each> void walk(const fs::path& rel_dir, bool recursive, Each each) {
        auto cannot_read = [&](const fs::path& dir, const std::error_code& ec) {
            diags.error({dir.generic_string(), 0, 0},
                        "cannot read this folder (" + plain_error(ec.value()) +
                            "); let the user who runs prongsai read it (chmod a+rx), or move it "
                            "out of the content folder");
        };
        std::error_code ec;
        fs::path dir = root / rel_dir;
        if (!recursive) {
            auto it = fs::directory_iterator(dir, ec);
            for (; !ec && it != fs::directory_iterator(); it.increment(ec))
                each(*it);
            if (ec && ec != std::errc::no_such_file_or_directory) cannot_read(dir, ec);
            return;
        }
        auto it = fs::recursive_directory_iterator(dir, ec);
        for (; !ec && it != fs::recursive_directory_iterator();) {
            fs::path at = it->path(); // the folder the next step may fail to enter
            each(*it);
            it.increment(ec);
            if (ec) dir = at;
        }
        if (ec && ec != std::errc::no_such_file_or_directory) cannot_read(dir, ec);
    }

    // A file name that becomes a page's address.
    bool valid_slug(const fs::path& rel, const std::string& file) {
        std::string stem = rel.stem().string();
        if (made_of(stem, "_-") && !stem.starts_with("page-")) return true;
        diags.error({file, 0, 0}, "rename this file using only letters a-z, digits, - and _ "
                                  "(the name becomes the page's address, and may not start with "
                                  "page-), e.g. 2565-07-05-plan.md");
        return false;
    }

    void announcements(Content& c) {
        for (const auto& rel : markdown_files("announcements")) {
            std::string file = shown(rel);
            int errors_before = diags.errors();
            std::optional<Announcement> a;
            if (valid_slug(rel, file))
                if (auto text = read(rel, true))
                    a = parse_announcement(*text, file, rel.stem().string(), diags);
            // One with an error is left out, but others may still name it.
            if (a && diags.errors() == errors_before) {
                keep_body(*c.kept, *a);
                c.announcements.push_back(std::move(*a));
            } else
                c.unreadable_announcements.push_back(rel.stem().string());
        }
        std::stable_sort(c.announcements.begin(), c.announcements.end(),
                         [](const Announcement& a, const Announcement& b) {
                             return a.date != b.date ? a.date > b.date : a.slug < b.slug;
                         });
    }

    void documents(Content& c) {
        fs::path catalogue = fs::path("documents") / "documents.toml";
        std::error_code ec;
        if (!fs::exists(root / catalogue, ec)) return;
        std::optional<TomlDocument> doc;
        auto t = toml_file(catalogue, doc);
        if (!t) {
            c.documents_unreadable = true;
            return;
        }
        std::set<std::string> listed;
        for (auto& dt : t->tables("documents", false)) {
            Document d;
            d.loc = dt.loc("file");
            d.file = dt.text("file", true).value_or("");
            d.title = dt.text("title", true).value_or("");
            d.category = dt.text("category", true).value_or("");
            d.fiscal_year = dt.year("fiscal_year", true).value_or(0);
            d.date = dt.date("date", false);
            d.description = dt.text("description", false).value_or("");
            for (auto n : dt.integers("projects", false, 1, max_project_number))
                d.projects.push_back(static_cast<int>(n));
            d.projects_loc = dt.loc("projects");
            d.announcements = dt.texts("announcements", false);
            d.announcements_loc = dt.loc("announcements");
            d.oit = read_oit(dt);
            dt.finish();
            if (d.file.empty()) continue;
            fs::path rel = fs::path("documents") / d.file;
            fs::path normal = rel.lexically_normal();
            if (fs::path(d.file).is_absolute() || !normal.string().starts_with("documents/") ||
                d.file.find('\\') != std::string::npos) {
                diags.error(d.loc, "'file' must be a path inside the documents folder, like "
                                   "file = \"plan-2566.pdf\"; \"" +
                                       d.file + "\" leads outside it");
                continue;
            }
            if (!listed.insert(normal.generic_string()).second) {
                diags.error(d.loc, "\"" + d.file + "\" is listed twice; list each document once");
                continue;
            }
            // Hashed from the descriptor opened here; the copy into the site
            // must then have the same SHA-256 (OutputWriter::copy_beneath).
            int fd = open_beneath(root, normal);
            struct stat st {};
            int error = fd < 0 ? errno : fstat(fd, &st) != 0 ? errno : 0;
            if (fd < 0 && leads_outside(error)) {
                diags.error(d.loc, "documents/" + d.file +
                                       " leads outside the content folder "
                                       "(a link?); put the file itself in the documents folder");
                continue;
            }
            if ((fd < 0 && error == ENOENT) || (fd >= 0 && !error && !S_ISREG(st.st_mode))) {
                if (fd >= 0) close(fd);
                diags.error(d.loc, "the file documents/" + d.file +
                                       " does not exist; put the file "
                                       "in the documents folder or correct the name");
                continue;
            }
            d.file = normal.generic_string().substr(std::string("documents/").size());
            d.size = static_cast<std::uintmax_t>(st.st_size);
            std::optional<std::string> sha256;
            if (fd >= 0 && !error) sha256 = sha256_fd(fd, error);
            if (fd >= 0) close(fd);
            if (!sha256) {
                diags.error(d.loc, "cannot read documents/" + d.file + " (" + plain_error(error) +
                                       "); let the user who runs prongsai read it (chmod a+r)");
                continue;
            }
            d.sha256 = std::move(*sha256);
            c.documents.push_back(std::move(d));
        }
        t->finish();
        // A file nobody listed would silently stay unpublished.
        std::vector<std::string> unlisted;
        walk("documents", true, [&](const fs::directory_entry& e) {
            std::error_code type_ec;
            if (!e.is_regular_file(type_ec)) return;
            std::string rel = e.path().lexically_relative(root).generic_string();
            if (rel != "documents/documents.toml" && !listed.count(rel)) unlisted.push_back(rel);
        });
        std::sort(unlisted.begin(), unlisted.end());
        for (const auto& rel : unlisted)
            diags.warning({shown(rel), 0, 0},
                          "this file is not listed in documents/documents.toml, "
                          "so it is not published; add a [[documents]] entry");
    }

    // pages/**.md: the organisation's own pages; each folder a section.
    void pages(Content& c) {
        std::vector<fs::path> files;
        walk("pages", true, [&](const fs::directory_entry& e) {
            if (e.path().extension() == ".md") files.push_back(e.path().lexically_relative(root));
        });
        std::sort(files.begin(), files.end());
        for (const auto& rel : files) {
            std::string file = shown(rel);
            fs::path below = rel.lexically_relative("pages");
            bool named = true;
            for (const auto& part : below.parent_path())
                named = named && valid_part(part.string());
            if (!named || !valid_part(below.stem().string())) {
                diags.error({file, 0, 0},
                            "rename this file and its folders using only letters a-z, digits, - "
                            "and _ (the names become the page's address), e.g. "
                            "pages/integrity/complaints.md");
                continue;
            }
            std::string slug = (below.parent_path() / below.stem()).generic_string();
            int errors_before = diags.errors();
            std::optional<ContentPage> page;
            if (auto text = read(rel, true)) page = parse_content_page(*text, file, slug, diags);
            // One with an error is left out; the menu may still name it.
            if (page && diags.errors() == errors_before) {
                keep_body(*c.kept, *page);
                c.pages.push_back(std::move(*page));
            } else
                c.unreadable_pages.push_back(slug);
        }
    }

    static bool valid_part(const std::string& name) { return made_of(name, "_-"); }

    // menu.toml: the menu's groups and their entries, in order.
    void menu(Content& c) {
        std::error_code ec;
        if (!fs::exists(root / "menu.toml", ec)) return;
        c.has_menu_file = true;
        std::optional<TomlDocument> doc;
        auto t = toml_file("menu.toml", doc);
        if (!t) {
            c.menu_unreadable = true;
            return;
        }
        c.menu = read_menu(*t);
        t->finish();
    }

    // organisation/people.toml: units, executives and heads of units.
    void people(Content& c) {
        fs::path rel = fs::path("organisation") / "people.toml";
        std::error_code ec;
        if (!fs::exists(root / rel, ec)) return;
        std::optional<TomlDocument> doc;
        auto t = toml_file(rel, doc);
        if (!t) {
            c.people.unreadable = true;
            return;
        }
        c.people = read_people(*t, diags);
        t->finish();
        for (const auto& p : c.people.people)
            if (!p.photo.empty()) organisation_file(p.photo, p.photo_loc, "photo");
        look(c.site.organisation);
    }

    // Files site.toml names below organisation/; checked also without people.toml.
    void look(const Organisation& org) {
        if (!org.map_image.empty())
            organisation_file(org.map_image, org.map_image_loc, "map_image");
    }

    // A file of organisation/ that a page shows: there, and not a link out.
    void organisation_file(const std::string& name, const SourceLoc& at, const std::string& key) {
        fs::path rel = (fs::path("organisation") / name).lexically_normal();
        if (fs::path(name).is_absolute() || !rel.generic_string().starts_with("organisation/") ||
            name.find('\\') != std::string::npos) {
            diags.error(at, "'" + key + "' must be a file in the organisation folder, like " + key +
                                " = \"photos/mayor.jpg\"; \"" + name + "\" leads outside it");
            return;
        }
        int fd = open_beneath(root, rel);
        if (fd >= 0) {
            struct stat st {};
            bool regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
            close(fd);
            if (regular) return;
        } else if (leads_outside(errno)) {
            diags.error(at, rel.generic_string() +
                                " leads outside the content folder (a link?); "
                                "put the file itself in the organisation folder");
            return;
        }
        diags.error(at, "the file " + rel.generic_string() +
                            " does not exist; put it in the organisation folder or correct the "
                            "name");
    }

    void archives(Content& c) {
        std::error_code ec;
        const std::string relink = "; an archive holds the files themselves (make it again "
                                   "with prongsai archive)";
        if (fs::is_symlink(fs::symlink_status(root / "archive", ec)))
            diags.error({shown("archive"), 0, 0},
                        "the folder of archived years is a link; put the folder itself in the "
                        "content folder");
        for (const auto& e : fs::directory_iterator(root / "archive", ec)) {
            std::string name = e.path().filename().string();
            std::string year = name.substr(0, name.size() - (name.ends_with(".tar.gz") ? 7 : 0));
            if (year.size() != 4 || !made_of(year, "", Letters::none)) continue;
            // A link would publish, byte for byte, whatever it points to.
            if (e.is_symlink())
                diags.error({shown(e.path().lexically_relative(root)), 0, 0},
                            "this archived year is a link" + relink);
            else if (e.is_directory() && year == name)
                c.archived_years.push_back(std::stoi(name));
        }
        if (ec && ec != std::errc::no_such_file_or_directory)
            diags.error({shown("archive"), 0, 0},
                        "this folder cannot be read (" + ec.message() +
                            "); give read access to it (for instance chmod -R a+rX " +
                            shown("archive") + "), then build again");
        std::sort(c.archived_years.begin(), c.archived_years.end());
        for (int year : c.archived_years) {
            fs::path dir = root / "archive" / std::to_string(year);
            fs::path failed = dir;
            fs::recursive_directory_iterator it(dir, ec), end;
            while (!ec && it != end) {
                fs::path at = it->path();
                std::error_code st_ec;
                bool link = it->is_symlink(st_ec), folder = !link && it->is_directory(st_ec);
                if (link)
                    diags.error({shown(at.lexically_relative(root)), 0, 0},
                                "this file of an archived year is a link" + relink);
                it.increment(ec);
                if (ec && folder) failed = at;
            }
            // Published without it, the year would no longer be the year archived.
            if (ec)
                diags.error({shown(failed.lexically_relative(root)), 0, 0},
                            "this folder of an archived year cannot be read (" + ec.message() +
                                "); give read access to it (for instance chmod -R a+rX " +
                                shown(dir.lexically_relative(root)) + "), then build again");
            c.archive_manifests.push_back(sha256_file(dir / "MANIFEST.sha256").value_or(""));
        }
    }
};

} // namespace

namespace {

// A page file (project, announcement): its front matter as TOML, and its body.
struct PageSource {
    FrontMatter fm;
    TomlDocument doc;
};

std::optional<PageSource> read_page(const std::string& text, const std::string& file,
                                    Diagnostics& diags) {
    auto fm = split_front_matter(text, file, diags);
    if (!fm) return std::nullopt;
    auto doc = parse_toml(fm->toml, file, diags);
    if (!doc) return std::nullopt;
    return PageSource{std::move(*fm), std::move(*doc)};
}

} // namespace

std::optional<Project> parse_project(const std::string& text, const std::string& file,
                                     const std::string& slug, Diagnostics& diags) {
    auto page = read_page(text, file, diags);
    if (!page) return std::nullopt;
    FrontMatter& fm = page->fm;
    TableReader t(page->doc, file, diags, {file, 1, 1});
    Project pr;
    pr.slug = slug;
    pr.source = file;
    pr.loc = {file, 1, 1};
    pr.number_loc = t.loc("number");
    pr.number = static_cast<int>(t.integer("number", true, 1, max_project_number).value_or(0));
    pr.dimension_loc = t.loc("dimension");
    pr.dimension = static_cast<int>(t.integer("dimension", true, 1, 99).value_or(0));
    pr.mission_loc = t.loc("mission");
    pr.mission = arabic_digits(t.text("mission", true).value_or(""));
    pr.items = t.texts("items", false);
    for (auto& item : pr.items) {
        item = arabic_digits(item);
        pr.item_locs.push_back(t.loc("items"));
    }
    pr.kind = t.text("kind", true).value_or("");
    if (!pr.kind.empty() && pr.kind != "โครงการ" && pr.kind != "กิจกรรม" && pr.kind != "มาตรการ")
        diags.error(t.loc("kind"), "'kind' must be \"โครงการ\", \"กิจกรรม\" or \"มาตรการ\"");
    pr.title_loc = t.loc("title");
    pr.title = t.text("title", true).value_or("");
    pr.unit_loc = t.loc("unit");
    pr.unit = t.text("unit", true).value_or("");
    pr.target_group_loc = t.loc("target_group");
    pr.target_group = t.text("target_group", true).value_or("");
    pr.period_loc = t.loc("period");
    pr.period = t.text("period", true).value_or("");
    for (auto& [year, amount] : t.year_amounts("budget", true)) {
        pr.budget[year] = amount.first;
        pr.budget_locs[year] = amount.second;
    }
    pr.period_budget_loc = t.loc("period_budget");
    pr.period_budget = t.amount("period_budget", false);
    pr.budget_reading = t.text("budget_reading", pr.period_budget.has_value()).value_or("");
    pr.oit = read_oit(t);
    t.finish();
    pr.body_markdown = std::move(fm.body);
    pr.front_digest = digest_of(fm.toml);
    pr.body_line = fm.body_line;
    return pr;
}

std::optional<Announcement> parse_announcement(const std::string& text, const std::string& file,
                                               const std::string& slug, Diagnostics& diags) {
    auto page = read_page(text, file, diags);
    if (!page) return std::nullopt;
    FrontMatter& fm = page->fm;
    TableReader t(page->doc, file, diags, {file, 1, 1});
    Announcement a;
    a.slug = slug;
    a.source = file;
    a.loc = {file, 1, 1};
    a.kind = t.text("kind", true).value_or("");
    bool known = false;
    for (const auto& k : announcement_kinds)
        known = known || a.kind == k.name;
    if (!a.kind.empty() && !known)
        diags.error(t.loc("kind"), "'kind' must be \"ประกาศ\", \"คำสั่ง\" or "
                                   "\"ข่าวประชาสัมพันธ์\"");
    a.number = arabic_digits(t.text("number", false).value_or(""));
    a.title_loc = t.loc("title");
    a.title = t.text("title", true).value_or("");
    a.date = t.date("date", false);
    a.signer = t.text("signer", false).value_or("");
    a.signer_title = t.text("signer_title", false).value_or("");
    a.attachments = t.texts("attachments", false);
    a.attachments_loc = t.loc("attachments");
    a.pinned = t.boolean("pinned", false).value_or(false);
    a.oit = read_oit(t);
    a.photos = read_gallery(t, diags);
    t.finish();
    a.body_markdown = std::move(fm.body);
    a.front_digest = digest_of(fm.toml);
    a.body_line = fm.body_line;
    return a;
}

std::optional<ContentPage> parse_content_page(const std::string& text, const std::string& file,
                                              const std::string& slug, Diagnostics& diags) {
    auto page = read_page(text, file, diags);
    if (!page) return std::nullopt;
    FrontMatter& fm = page->fm;
    TableReader t(page->doc, file, diags, {file, 1, 1});
    ContentPage p;
    p.slug = slug;
    auto slash = slug.rfind('/');
    p.section = slash == std::string::npos ? "" : slug.substr(0, slash);
    p.is_section = slug == "index" || slug.ends_with("/index");
    p.source = file;
    p.loc = {file, 1, 1};
    p.title = t.text("title", true).value_or("");
    p.menu_title = t.text("menu_title", false).value_or("");
    p.date = t.date("date", false);
    p.as_of = t.date("as_of", false);
    p.menu_loc = t.loc("menu");
    p.menu = t.text("menu", false).value_or("");
    p.menu_order = static_cast<int>(t.integer("menu_order", false, 0, 10'000).value_or(0));
    p.oit = read_oit(t);
    p.attachments_loc = t.loc("attachments");
    p.attachments = t.texts("attachments", false);
    p.photos = read_gallery(t, diags);
    t.finish();
    p.body_markdown = std::move(fm.body);
    p.front_digest = digest_of(fm.toml);
    p.body_line = fm.body_line;
    return p;
}

ShippedLists builtin_lists(Diagnostics& diags) {
    return {builtin_oit_years(diags), builtin_ita_years(diags)};
}

Content load_content(const fs::path& root, const ShippedLists& shipped, Diagnostics& diags,
                     unsigned threads) {
    Content c;
    c.oit_years = shipped.oit_years;
    c.ita_years = shipped.ita_years;
    c.root = root.generic_string();
    std::error_code ec;
    if (!fs::is_directory(root, ec)) {
        diags.error({root.generic_string(), 0, 0}, "the content folder does not exist");
        return c;
    }
    Loader loader{root, diags};
    c.site_unreadable = !loader.site(c.site);
    c.has_plan = fs::exists(root / "plan", ec);
    if (c.has_plan) {
        loader.plan(c.plan);
        loader.projects(c.plan, *c.kept, threads);
    } else {
        diags.warning({loader.shown("plan"), 0, 0},
                      "there is no plan/ folder, so the portal has no plan pages (plan, budget, "
                      "projects); add plan/plan.toml and plan/projects/*.md to publish the "
                      "organisation's plan");
    }
    loader.shared.add(std::int64_t{c.has_plan});
    loader.announcements(c);
    loader.documents(c);
    loader.archives(c);
    loader.pages(c);
    loader.menu(c);
    loader.people(c);
    if (!c.site.organisation.logo.empty())
        loader.organisation_file(c.site.organisation.logo, c.site.organisation.logo_loc, "logo");
    load_years(
        root,
        [&](const fs::path& rel, std::optional<TomlDocument>& holder) {
            return loader.toml_file(rel, holder);
        },
        c, diags);
    for (const auto& p : c.plan.projects)
        loader.shared.add(p.slug).add(p.front_digest);
    for (const auto& a : c.announcements)
        loader.shared.add(a.slug).add(a.front_digest);
    for (const auto& d : c.documents)
        loader.shared.add(d.file).add(d.sha256);
    // A page's title is in the menu and its section's list: every page shows it.
    for (const auto& p : c.pages)
        loader.shared.add(p.slug).add(p.front_digest);
    for (std::size_t i = 0; i < c.archived_years.size(); ++i)
        loader.shared.add(std::int64_t{c.archived_years[i]}).add(c.archive_manifests[i]);
    c.shared_digest = loader.shared.hex();
    return c;
}

} // namespace prongsai
