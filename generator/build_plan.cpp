#include "build_plan.h"

#include "digest.h"
#include "render/templates.h"
#include "threads.h"

#include <algorithm>
#include <set>

namespace fs = std::filesystem;

namespace prongsai {

namespace {

// The organisations' content folders when `dir` holds several (each a folder
// with its own site.toml), sorted by folder name; empty for a single one.
std::vector<fs::path> organisation_folders(const fs::path& dir) {
    std::vector<fs::path> folders;
    std::error_code ec;
    if (fs::exists(dir / "site.toml", ec)) return folders;
    for (auto e = fs::directory_iterator(dir, ec); !ec && e != fs::directory_iterator();
         e.increment(ec)) {
        std::error_code entry_ec;
        if (e->is_directory(entry_ec) && fs::exists(e->path() / "site.toml", entry_ec))
            folders.push_back(e->path());
    }
    std::sort(folders.begin(), folders.end());
    return folders;
}

// An organisation's folder of a province, or an error at it.
bool usable_organisation_folder(const fs::path& f, const fs::path& province, Diagnostics& diags) {
    bool ok = true;
    // The province's own index page and assets have these names.
    if (f.filename() == "index.html" || f.filename() == "assets") {
        diags.error({f.generic_string(), 0, 0},
                    "an organisation's folder may not be named " + f.filename().string() +
                        ": the province's index uses that name in the output; rename the "
                        "folder (e.g. after the organisation, in letters a-z)");
        ok = false;
    }
    // Its files are read beneath it: the folder itself must be the province's.
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(f, ec))) {
        fs::path real = fs::canonical(f, ec);
        fs::path province_real = fs::canonical(province, ec);
        fs::path rel = real.lexically_relative(province_real);
        if (ec || rel.empty() || *rel.begin() == ".." || rel == ".") {
            diags.error({f.generic_string(), 0, 0},
                        "this organisation's folder leads outside the province's folder (a "
                        "link?); nothing outside it is read or published: put the folder "
                        "itself in the province's folder");
            ok = false;
        }
    }
    return ok;
}

// What every page depends on besides its organisation's folder: this program
// (a new version may render differently), the themes, the archive mode.
std::string common_signature(const BuildOptions& options, const std::string& program) {
    Digest d;
    d.add(program).add(std::int64_t{options.frozen_year});
    for (const auto& root : theme_roots(options.content, options.program_dir))
        d.add(folder_signature(root));
    return d.hex();
}

} // namespace

PageKeys keys_below(const PageKeys& keys, const std::string& prefix) {
    auto first = keys.lower_bound(prefix);
    auto last = first;
    while (last != keys.end() && last->first.starts_with(prefix))
        ++last;
    return PageKeys(first, last);
}

std::vector<std::string> page_folders(const PageKeys& keys, const std::string& prefix) {
    std::set<std::string> dirs;
    for (auto k = keys.lower_bound(prefix); k != keys.end() && k->first.starts_with(prefix); ++k)
        if (auto slash = k->first.rfind('/'); slash != std::string::npos && slash >= prefix.size())
            dirs.insert(k->first.substr(0, slash));
    std::vector<std::string> out = {prefix};
    out.insert(out.end(), dirs.begin(), dirs.end());
    return out;
}

std::optional<BuildPlan> plan_build(const BuildOptions& options, const std::string& program,
                                    unsigned threads, Diagnostics& diags) {
    BuildPlan plan;
    std::vector<fs::path> folders = organisation_folders(options.content);
    plan.province = !folders.empty();
    if (!plan.province) plan.organisations.push_back({options.content, "", "", false});
    bool ok = true;
    for (const auto& f : folders) {
        ok = usable_organisation_folder(f, options.content, diags) && ok;
        plan.organisations.push_back({f, f.filename().string() + "/", "", false});
    }
    if (!ok) return std::nullopt;

    auto& orgs = plan.organisations;
    if (options.write) {
        std::string common = common_signature(options, program);
        on_threads(threads, orgs.size(), [&](std::size_t i, unsigned) {
            orgs[i].signature = Digest().add(common).add(folder_signature(orgs[i].dir)).hex();
        });
        if (options.incremental) plan.previous = read_build_cache(options.out);
        const auto& record = plan.previous.organisations;
        plan.same_organisations =
            record && record->size() == orgs.size() &&
            std::all_of(orgs.begin(), orgs.end(),
                        [&](const PlannedOrganisation& o) { return record->contains(o.prefix); });
        // Unchanged: same signature, and its output folders as that build
        // wrote them (a page deleted from the site changes its folder's times).
        if (plan.same_organisations)
            for (auto& o : orgs) {
                const OrgRecord& r = record->at(o.prefix);
                o.unchanged =
                    r.signature == o.signature &&
                    r.output ==
                        folders_signature(options.out, page_folders(plan.previous.pages, o.prefix));
            }
    }
    plan.changed = static_cast<std::size_t>(std::count_if(
        orgs.begin(), orgs.end(), [](const PlannedOrganisation& o) { return !o.unchanged; }));
    if (plan.changed > 0 && (orgs.size() == 1 || plan.changed == 1))
        plan.first = static_cast<std::size_t>(
            std::find_if(orgs.begin(), orgs.end(),
                         [](const PlannedOrganisation& o) { return !o.unchanged; }) -
            orgs.begin());
    return plan;
}

} // namespace prongsai
