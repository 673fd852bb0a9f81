#include "render/oit_pages.h"

#include "derive/oit.h"
#include "render/frame.h"
#include "render/report_pages.h"
#include "render/routes.h"
#include "thai.h"

#include <memory>

namespace prongsai {

namespace {

const char* state_key(OitState s) {
    switch (s) {
    case OitState::ok:
        return "ok";
    case OitState::out_of_period:
        return "out_of_period";
    case OitState::missing:
        return "missing";
    case OitState::outside:
        return "outside";
    }
    return "missing";
}

struct OitPages {
    const Content& c;
    const Labels& l;

    std::string year(int y) const { return in_digits(std::to_string(y), c.site.digits); }

    // An evidence link as the clerk pastes it into the questionnaire: the full
    // address when the site's is known, else relative to the page.
    std::string href(const OitEvidence& e, const std::string& root) const {
        if (e.outside) return e.path;
        return c.site.url.empty() ? root + e.path : c.site.url + e.path;
    }

    Data row_data(const OitRow& row, const std::string& root) const {
        const OitItem& item = *row.item;
        Data d;
        put(d, "code", item.code);
        put(d, "name", item.name);
        put(d, "publish", item.publish);
        put(d, "state", std::string(state_key(row.state)));
        put(d, "state_text", l.at(std::string("oit.") + state_key(row.state)));
        put(d, "is_" + std::string(state_key(row.state)), Data(true));
        put(d, "unverified", Data(!item.verified));
        put(d, "outside_item", Data(item.outside));
        put(d, "required_year", year(row.required_year));
        put(d,
            "period_" + std::string(item.period == OitPeriod::year            ? "year"
                                    : item.period == OitPeriod::first_half    ? "first_half"
                                    : item.period == OitPeriod::previous_year ? "previous_year"
                                                                              : "any"),
            Data(true));
        Data evidence = list();
        for (const auto& e : row.evidence) {
            Data x;
            put(x, "title", e.title);
            put(x, "href", href(e, root));
            put(x, "url", href(e, root));
            if (e.date) put(x, "date", format_date(*e.date, c.site.digits));
            put(x, "as_of", Data(e.as_of));
            set_optional(x, "years",
                         e.fiscal_years.empty() ? ""
                                                : oit_years_text(e.fiscal_years, c.site.digits));
            put(x, "in_period", Data(e.in_period));
            put(x, "outside", Data(e.outside));
            append(evidence, std::move(x));
        }
        put(d, "has_evidence", Data(!row.evidence.empty()));
        put(d, "evidence", std::move(evidence));
        return d;
    }

    std::string year_page(const Templates& t, const OitYear& y, bool print) const {
        OitIndex index = oit_index(c, y);
        std::string path = print ? route::oit_print(y.year) : route::oit_year_index(y.year);
        std::string root = root_of(path);
        std::string title = l.at("oit.title") + " " + year(y.year);
        std::vector<Crumb> crumbs = {{l.at("oit.crumb"), route::oit}};
        if (print)
            crumbs.push_back({year(y.year), route::oit_year_index(y.year)}),
                crumbs.push_back({l.at("plan.print"), ""});
        else
            crumbs.push_back({year(y.year), ""});
        Data p =
            page_frame(c, l, path, print ? title + " " + l.at("plan.print") : title, "", crumbs);
        put(p, "heading", title);
        put(p, "year", year(y.year));
        put(p, "source", y.source);
        put(p, "incomplete", Data(!y.complete));
        put(p, "print", Data(print));
        put(p, "covered", format_integer(index.covered, c.site.digits));
        put(p, "total",
            format_integer(static_cast<std::int64_t>(index.rows.size()), c.site.digits));
        put(p, "absolute", Data(!c.site.url.empty()));
        put(p, "print_href", root + route::oit_print(y.year));
        put(p, "index_href", root + route::oit_year_index(y.year));
        put(p, "csv_href", root + route::oit_csv(y.year));
        Data groups = list();
        Data current;
        Data rows = list();
        const OitGroup* group = nullptr;
        bool started = false;
        auto flush = [&] {
            if (!started) return;
            put(current, "rows", std::move(rows));
            append(groups, std::move(current));
            current = Data();
            rows = list();
        };
        for (const auto& row : index.rows) {
            if (!started || row.group != group) {
                flush();
                started = true;
                group = row.group;
                if (group) {
                    put(current, "group_code", group->code);
                    put(current, "group_name", group->name);
                    put(current, "indicator", group->indicator);
                }
            }
            append(rows, row_data(row, root));
        }
        flush();
        put(p, "groups", std::move(groups));
        return render_in_layout(t, "oit", std::move(p));
    }

    std::string list_page(const Templates& t) const {
        std::string path = route::oit;
        std::string root = root_of(path);
        Data p = page_frame(c, l, path, l.at("oit.crumb"), "", {{l.at("oit.crumb"), ""}});
        put(p, "heading", l.at("oit.crumb"));
        put(p, "is_list", Data(true));
        Data years = list();
        for (auto it = c.oit_years.rbegin(); it != c.oit_years.rend(); ++it) {
            OitIndex index = oit_index(c, *it);
            Data x;
            put(x, "year", year(it->year));
            put(x, "href", root + route::oit_year(it->year) + route::home);
            put(x, "covered", format_integer(index.covered, c.site.digits));
            put(x, "total",
                format_integer(static_cast<std::int64_t>(index.rows.size()), c.site.digits));
            put(x, "incomplete", Data(!it->complete));
            append(years, std::move(x));
        }
        put(p, "years", std::move(years));
        return render_in_layout(t, "oit", std::move(p));
    }

    // Item, name, state and the evidence addresses, one a line: what the
    // clerk copies into the questionnaire.
    std::string csv(const OitYear& y) const {
        OitIndex index = oit_index(c, y);
        Table table;
        table.header = {l.at("oit.csv_code"), l.at("oit.csv_name"), l.at("oit.csv_state"),
                        l.at("oit.csv_urls")};
        for (const auto& row : index.rows) {
            Row r;
            std::string urls;
            for (const auto& e : row.evidence) {
                if (!urls.empty()) urls += '\n';
                urls += href(e, "");
            }
            for (std::string text : {row.item->code, row.item->name,
                                     l.at(std::string("oit.") + state_key(row.state)), urls}) {
                Cell cell;
                cell.text = std::move(text);
                r.cells.push_back(std::move(cell));
            }
            table.rows.push_back(std::move(r));
        }
        return table_csv(table, l);
    }
};

} // namespace

void add_oit_pages(const Content& c, const Labels& l, std::vector<PageSpec>& pages) {
    if (c.oit_years.empty()) return;
    auto oit = std::make_shared<OitPages>(OitPages{c, l});
    pages.push_back({route::oit, [oit](const Templates& t) { return oit->list_page(t); }});
    for (const auto& y : c.oit_years) {
        pages.push_back({route::oit_year_index(y.year),
                         [oit, &y](const Templates& t) { return oit->year_page(t, y, false); }});
        pages.push_back({route::oit_print(y.year),
                         [oit, &y](const Templates& t) { return oit->year_page(t, y, true); }});
        PageSpec csv{route::oit_csv(y.year), [oit, &y](const Templates&) { return oit->csv(y); }};
        csv.data = true;
        pages.push_back(std::move(csv));
    }
}

} // namespace prongsai
