#include "render/templates.h"

#include "digest.h"
#include "load/beneath.h"
#include "load/source_file.h"
#include "load/toml_reader.h"
#include "text.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace prongsai {

namespace {

// Opens a file of a theme; one of a content folder's theme (`root` not
// empty) only without leading out of that folder. -1 with errno set.
int open_theme_file(const fs::path& file, const fs::path& root) {
    if (root.empty()) return open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    return open_beneath(root, file.lexically_relative(root));
}

const std::string outside_message =
    "this file of the theme leads outside the content folder (a link?); nothing outside the "
    "content folder is published: put the file itself in the theme's folder";

// Adds the templates and assets of `dir` to `theme`, replacing files of the
// same name. `root`: the content folder `dir` is in (empty for the program's
// own themes).
void add_theme_files(Theme& theme, const fs::path& dir, const fs::path& root, Diagnostics& diags) {
    auto cannot_read = [&](const fs::path& folder, const std::error_code& ec) {
        diags.error({folder.generic_string(), 0, 0},
                    "cannot read this folder of the theme (" + plain_error(ec.value()) +
                        "); let the user who runs prongsai read it (chmod a+rx), or remove it");
    };
    std::error_code ec;
    if (fs::is_directory(dir / "templates", ec)) {
        auto e = fs::directory_iterator(dir / "templates", ec);
        for (; !ec && e != fs::directory_iterator(); e.increment(ec)) {
            if (e->path().extension() != ".mustache") continue;
            // Read from the descriptor opened: a pipe would block the read, and
            // an unreadable file would silently render as empty pages.
            std::string shown = e->path().generic_string();
            int fd = open_theme_file(e->path(), root);
            if (fd < 0 && !root.empty() && leads_outside(errno)) {
                diags.error({shown, 0, 0}, outside_message);
                continue;
            }
            if (fd < 0) {
                diags.error({shown, 0, 0}, "cannot read this template (" + plain_error(errno) +
                                               "); let the user who runs prongsai read it "
                                               "(chmod a+r)");
                continue;
            }
            struct stat st {};
            int error = 0;
            std::optional<std::string> text;
            if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) text = read_all(fd, error);
            close(fd);
            if (!S_ISREG(st.st_mode))
                diags.error({shown, 0, 0}, "this is not a regular file (a folder, a pipe or a "
                                           "device); a template must be a plain text file: "
                                           "remove it or give it another name");
            else if (!text)
                diags.error({shown, 0, 0}, "cannot read this template (" + plain_error(error) +
                                               "); let the user who runs prongsai read it "
                                               "(chmod a+r)");
            else {
                theme.templates[e->path().stem().string()] = std::move(*text);
                theme.template_files[e->path().stem().string()] = e->path();
            }
        }
        if (ec) cannot_read(dir / "templates", ec);
    }
    if (fs::is_directory(dir / "assets", ec)) {
        fs::path at = dir / "assets"; // the folder the next step may fail to enter
        auto e = fs::recursive_directory_iterator(at, ec);
        for (; !ec && e != fs::recursive_directory_iterator(); e.increment(ec)) {
            at = e->path();
            std::error_code type_ec;
            if (!e->is_regular_file(type_ec)) continue;
            std::string rel = e->path().lexically_relative(dir / "assets").generic_string();
            if (!root.empty()) {
                int fd = open_theme_file(e->path(), root);
                if (fd < 0 && leads_outside(errno)) {
                    diags.error({e->path().generic_string(), 0, 0}, outside_message);
                    continue;
                }
                if (fd >= 0) close(fd);
                theme.asset_roots[rel] = root;
            } else {
                theme.asset_roots.erase(rel);
            }
            theme.assets[rel] = e->path();
        }
        if (ec) cannot_read(at, ec);
    }
    // The words, key by key over those of the theme beneath.
    fs::path strings = dir / "strings.toml";
    if (!fs::exists(strings, ec)) return;
    int fd = open_theme_file(strings, root);
    if (fd < 0 && !root.empty() && leads_outside(errno)) {
        diags.error({strings.generic_string(), 0, 0}, outside_message);
        return;
    }
    if (fd < 0) {
        diags.error({strings.generic_string(), 0, 0},
                    "cannot read this file (" + plain_error(errno) +
                        "); let the user who runs prongsai read it (chmod a+r)");
        return;
    }
    auto text = read_source_file(fd, strings.generic_string(), "strings.toml", diags);
    close(fd);
    if (text)
        if (auto doc = parse_toml(*text, strings.generic_string(), diags))
            for (auto& [key, value] : TableReader(*doc, strings.generic_string(), diags,
                                                  {strings.generic_string(), 1, 1})
                                          .all_texts())
                theme.labels[key] = std::move(value);
}

// kainjow ends a parse error with " at N", N a byte offset into the
// template: shown as the line and column, with the line.
void template_error(const fs::path& file, const std::string& source, std::string message,
                    Diagnostics& diags) {
    std::size_t at = message.rfind(" at ");
    std::size_t offset = std::string::npos;
    if (at != std::string::npos && at + 4 < message.size() &&
        message.find_first_not_of("0123456789", at + 4) == std::string::npos) {
        offset = std::min<std::size_t>(std::stoul(message.substr(at + 4)), source.size());
        message.erase(at);
    }
    if (offset == std::string::npos) {
        diags.error({file.generic_string(), 0, 0}, "template error: " + message);
        return;
    }
    std::size_t start = 0;
    auto [line, line_text] = line_at(source, offset, start);
    diags.error({file.generic_string(), line, column_of_byte(line_text, offset - start)},
                "template error: " + message +
                    " (each {{#name}} or {{^name}} needs its {{/name}}, and tags close with }})",
                std::string(line_text));
}

// A theme found in `dir`, with the files of `overrides` laid over it.
Theme theme_from(const fs::path& dir, const fs::path& overrides, const fs::path& content_root,
                 TemplateCache* cache, Diagnostics& diags) {
    Theme theme;
    if (!dir.empty()) {
        if (cache)
            theme = cache->program_theme(dir, diags);
        else
            add_theme_files(theme, dir, {}, diags);
    }
    add_theme_files(theme, overrides, content_root, diags);
    Digest d;
    for (const auto& [name, source] : theme.templates)
        d.add(name).add(source);
    for (const auto& [key, text] : theme.labels)
        d.add(key).add(text);
    theme.digest = d.hex();
    return theme;
}

// Each url(...) of the theme's stylesheets must name a file of the theme:
// otherwise the site would publish a style pointing at nothing (a font not
// copied in, a misspelt image).
bool check_stylesheets(const Theme& theme, Diagnostics& diags) {
    bool ok = true;
    for (const auto& [rel, file] : theme.assets) {
        if (!rel.ends_with(".css")) continue;
        std::string css;
        auto root = theme.asset_roots.find(rel);
        if (int fd =
                open_theme_file(file, root == theme.asset_roots.end() ? fs::path() : root->second);
            fd >= 0) {
            int error = 0;
            css = read_all(fd, error).value_or("");
            close(fd);
        }
        for (std::size_t at = css.find("url("); at != std::string::npos;
             at = css.find("url(", at + 4)) {
            std::size_t begin = css.find_first_not_of(" \t\"'", at + 4);
            std::size_t end =
                begin == std::string::npos ? begin : css.find_first_of("\"') \t\n", begin);
            if (end == std::string::npos) break;
            std::string target = css.substr(begin, end - begin);
            target = target.substr(0, target.find_first_of("?#"));
            if (target.empty() || target.find(':') != std::string::npos) continue;
            std::string resolved =
                (fs::path(rel).parent_path() / target).lexically_normal().generic_string();
            if (theme.assets.contains(resolved)) continue;
            std::size_t start = 0;
            auto [line, line_text] = line_at(css, at, start);
            diags.error({file.generic_string(), line, column_of_byte(line_text, at - start)},
                        "the stylesheet refers to " + target +
                            ", which the theme does not have (assets/" + resolved +
                            "); add the file or correct the name",
                        std::string(line_text));
            ok = false;
        }
    }
    return ok;
}

// Puts each partial ({{> _name}}: a template whose name starts with "_") in
// place in the templates that include it, before any is compiled: a partial
// is part of its includer's text, and kainjow would otherwise look partials
// up in each page's data at every render.
bool expand_partials(Theme& theme, Diagnostics& diags) {
    theme.written = theme.templates;
    bool ok = true;
    for (auto& [name, source] : theme.templates) {
        for (int pass = 0; pass < 8 && source.find("{{>") != std::string::npos; ++pass) {
            std::string out;
            std::size_t from = 0;
            for (std::size_t at; (at = source.find("{{>", from)) != std::string::npos;) {
                std::size_t close = source.find("}}", at);
                if (close == std::string::npos) break; // kainjow reports the open tag
                std::string partial = trim(source.substr(at + 3, close - at - 3));
                out.append(source, from, at - from);
                auto it = theme.templates.find(partial);
                if (partial.starts_with("_") && it != theme.templates.end() && it->first != name) {
                    out += it->second;
                } else {
                    std::size_t start = 0;
                    auto [line, line_text] = line_at(source, at, start);
                    diags.error({theme.template_files.at(name).generic_string(), line,
                                 column_of_byte(line_text, at - start)},
                                "template error: the partial " + partial +
                                    " is not in the theme; a partial is a template whose name "
                                    "starts with _, e.g. {{> _head}} includes _head.mustache",
                                std::string(line_text));
                    ok = false;
                }
                from = close + 2;
            }
            out.append(source, from);
            source = std::move(out);
        }
    }
    return ok;
}

} // namespace

ThemeFolders theme_folders(const fs::path& content_root, const std::string& name,
                           const fs::path& program_dir) {
    ThemeFolders folders{content_root / "themes" / name, {}};
    std::error_code ec;
    for (const auto& root : theme_roots({}, program_dir))
        if (fs::is_directory(root / name / "templates", ec)) {
            folders.program = root / name;
            break;
        }
    return folders;
}

std::vector<fs::path> theme_roots(const fs::path& content_root, const fs::path& program_dir) {
    std::vector<fs::path> roots;
    if (!content_root.empty()) roots.push_back(content_root / "themes");
    roots.push_back(program_dir.parent_path() / "share" / "prongsai" / "themes");
    roots.push_back(PRONGSAI_SOURCE_THEMES);
    return roots;
}

std::optional<Theme> load_theme(const fs::path& content_root, const std::string& name,
                                const fs::path& program_dir, Diagnostics& diags,
                                TemplateCache* cache) {
    ThemeFolders folders = theme_folders(content_root, name, program_dir);
    std::error_code ec;
    if (folders.program.empty() && !fs::is_directory(folders.site, ec)) {
        diags.error({(content_root / "site.toml").generic_string(), 0, 0},
                    "theme \"" + name + "\" was not found (looked in " +
                        folders.site.generic_string() + " and in the program's themes)");
        return std::nullopt;
    }
    Theme theme = theme_from(folders.program, folders.site, content_root, cache, diags);
    bool ok = expand_partials(theme, diags);
    for (const char* t : required_templates)
        if (!theme.templates.contains(t)) {
            fs::path where = folders.program.empty() ? folders.site : folders.program;
            diags.error({(where / "templates").generic_string(), 0, 0},
                        "theme \"" + name + "\" has no template " + t +
                            ".mustache; every page kind needs its template (copy it from the "
                            "default theme)");
            ok = false;
        }
    for (const char* key : required_labels)
        if (!theme.labels.contains(key)) {
            fs::path where =
                (folders.program.empty() ? folders.site : folders.program) / "strings.toml";
            diags.error({where.generic_string(), 0, 0},
                        "theme \"" + name + "\" has no text for " + key +
                            " in strings.toml; add it (see the default theme's strings.toml)");
            ok = false;
        }
    ok = check_stylesheets(theme, diags) && ok;
    if (!ok) return std::nullopt;
    return theme;
}

Templates::Templates(const Theme& theme) {
    for (const auto& [name, source] : theme.templates)
        compiled_.emplace(name, source).first->second.set_custom_escape([](const std::string& s) {
            return html_escape(s);
        });
}

std::string Templates::render(const std::string& name, const Data& data) const {
    auto it = compiled_.find(name);
    if (it == compiled_.end()) return {};
    // Appended to one string, not through kainjow's default ostringstream.
    std::string page;
    it->second.render(data, [&page](const std::string& piece) { page += piece; });
    return page;
}

namespace {

// kainjow's own context, except that an item of the lazy list is replaced, on
// entering it, by the data made for it.
class LazyContext : public kainjow::mustache::basic_context<std::string> {
  public:
    explicit LazyContext(const LazyList& lazy) : lazy_(lazy) {}

    void push(const Data* data) override {
        std::unique_ptr<Data> made;
        if (lazy_.placeholders && lazy_.placeholders->is_list()) {
            const auto& items = lazy_.placeholders->list_value();
            std::less<const Data*> before;
            if (!items.empty() && !before(data, items.data()) &&
                before(data, items.data() + items.size()))
                made = std::make_unique<Data>(
                    lazy_.make(static_cast<std::size_t>(data - items.data())));
        }
        const Data* top = made ? made.get() : data;
        stack_.insert(stack_.begin(), {top, std::move(made)});
    }
    void pop() override { stack_.erase(stack_.begin()); }

    // As kainjow::mustache::context::get: "." is the innermost item, "a.b"
    // is looked up in each item from the innermost out.
    const Data* get(const std::string& name) const override {
        if (name == ".") return stack_.front().data;
        if (name.find('.') == std::string::npos) return get_partial(name);
        std::vector<std::string> names;
        for (std::size_t from = 0;;) {
            std::size_t dot = name.find('.', from);
            names.push_back(name.substr(from, dot - from));
            if (dot == std::string::npos) break;
            from = dot + 1;
        }
        for (const auto& item : stack_) {
            const Data* var = item.data;
            for (const auto& n : names)
                if (!(var = var->get(n))) break;
            if (var) return var;
        }
        return nullptr;
    }
    const Data* get_partial(const std::string& name) const override {
        for (const auto& item : stack_)
            if (const Data* var = item.data->get(name)) return var;
        return nullptr;
    }

  private:
    struct Item {
        const Data* data;
        std::unique_ptr<Data> made; // an item of the lazy list, while inside it
    };
    const LazyList& lazy_;
    std::vector<Item> stack_;
};

struct SinkStream {
    const Sink& sink;
    SinkStream& operator<<(const std::string& piece) {
        if (!piece.empty()) sink(piece);
        return *this;
    }
};

} // namespace

void Templates::render(const std::string& name, const Data& data, const LazyList& lazy,
                       const Sink& sink, const Data* overlay) const {
    auto it = compiled_.find(name);
    if (it == compiled_.end()) return;
    LazyContext context(lazy);
    context.push(&data);
    if (overlay) context.push(overlay);
    SinkStream stream{sink};
    it->second.render(context, stream);
}

bool TemplateCache::check(const Theme& theme, Diagnostics& diags) {
    bool ok = true;
    for (const auto& [name, source] : theme.written) {
        std::string digest = digest_of(source);
        {
            std::lock_guard lock(mutex_);
            if (valid_.contains(digest)) continue;
        }
        kainjow::mustache::mustache parsed(source);
        if (!parsed.is_valid()) {
            template_error(theme.template_files.at(name), source, parsed.error_message(), diags);
            ok = false;
            continue;
        }
        std::lock_guard lock(mutex_);
        valid_.insert(digest);
    }
    return ok;
}

Theme TemplateCache::program_theme(const fs::path& dir, Diagnostics& diags) {
    std::lock_guard lock(themes_mutex_);
    auto [read, added] = program_themes_.try_emplace(dir.generic_string());
    if (added) add_theme_files(read->second.first, dir, {}, read->second.second);
    diags.append(read->second.second);
    return read->second.first;
}

const Templates& TemplateCache::for_this_thread(const Theme& theme) {
    std::lock_guard lock(mutex_);
    auto& slot = compiled_[{theme.digest, std::this_thread::get_id()}];
    if (!slot) slot = std::make_unique<Templates>(theme);
    return *slot;
}

} // namespace prongsai
