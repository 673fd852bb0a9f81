#include "render/markdown.h"

#include "render/sanitize.h"
#include "text.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <memory>
#include <mutex>

namespace prongsai {

namespace {

using Parser = std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)>;
using Node = std::unique_ptr<cmark_node, decltype(&cmark_node_free)>;

Parser make_parser(int options) {
    markdown_init();
    Parser parser(cmark_parser_new(options), cmark_parser_free);
    for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"})
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    return parser;
}

// cmark-gfm (0.29) keeps the inline parser's table of special characters in
// one static array: a parser with extensions adds the extensions' characters
// to it when it starts and removes them when it finishes, so a parse finishing
// on one thread made another thread's autolinks vanish (a province's pages
// came out different from build to build). Parsing is therefore one at a
// time; rendering the parsed trees stays parallel.
Node parse(cmark_parser* parser, const std::string& markdown) {
    static std::mutex one_at_a_time;
    std::lock_guard lock(one_at_a_time);
    cmark_parser_feed(parser, markdown.data(), markdown.size());
    return Node(cmark_parser_finish(parser), cmark_node_free);
}

// Calls `f` on every link and image of the document.
template <typename F> void each_link(cmark_node* doc, F f) {
    std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> it(cmark_iter_new(doc),
                                                               cmark_iter_free);
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(it.get());
        if (ev == CMARK_EVENT_ENTER && (cmark_node_get_type(node) == CMARK_NODE_LINK ||
                                        cmark_node_get_type(node) == CMARK_NODE_IMAGE))
            f(node);
    }
}

} // namespace

void markdown_init() {
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

bool is_local_link(std::string_view url) {
    if (url.empty() || url.starts_with('#') || url.starts_with('/')) return false;
    // A scheme (https:, mailto:, tel: …) ends before the first '/', '?' or '#'.
    std::size_t colon = url.find(':');
    return colon == std::string_view::npos || colon > url.find_first_of("/?#");
}

std::string page_of_link(std::string_view url) {
    std::string target(url.substr(0, url.find_first_of("?#")));
    if (target.ends_with(".md")) target.replace(target.size() - 3, 3, ".html");
    return target;
}

std::vector<MarkdownLink> markdown_links(const std::string& markdown) {
    std::vector<MarkdownLink> links;
    // Without "](" or "]:" there is no link to a page or file; skip the parse.
    if (markdown.find("](") == std::string::npos && markdown.find("]:") == std::string::npos)
        return links;
    Parser parser = make_parser(CMARK_OPT_DEFAULT);
    Node doc = parse(parser.get(), markdown);
    std::vector<std::string_view> lines = split_lines(markdown);
    each_link(doc.get(), [&](cmark_node* node) {
        int line = cmark_node_get_start_line(node);
        int byte_column = cmark_node_get_start_column(node); // cmark counts bytes
        int column =
            line >= 1 && line <= static_cast<int>(lines.size())
                ? column_of_byte(lines[line - 1], static_cast<std::size_t>(byte_column - 1))
                : byte_column;
        links.push_back({cmark_node_get_url(node), line, column});
    });
    return links;
}

MarkdownText markdown_text(const std::string& markdown) {
    MarkdownText out;
    Parser parser = make_parser(CMARK_OPT_DEFAULT);
    Node doc = parse(parser.get(), markdown);
    std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> it(cmark_iter_new(doc.get()),
                                                               cmark_iter_free);
    std::string* into = &out.text;
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(it.get());
        auto type = cmark_node_get_type(node);
        if (type == CMARK_NODE_HEADING) {
            if (ev == CMARK_EVENT_ENTER) {
                out.headings.emplace_back();
                into = &out.headings.back();
            } else {
                into = &out.text;
            }
        } else if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE ||
                   type == CMARK_NODE_CODE_BLOCK) {
            *into += cmark_node_get_literal(node);
        } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
            *into += ' ';
        } else if (ev == CMARK_EVENT_EXIT && into == &out.text && !out.text.empty() &&
                   !out.text.ends_with('\n') &&
                   (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_ITEM ||
                    std::string_view(cmark_node_get_type_string(node)) == "table_cell")) {
            // Table cells and list items are words apart, not run together.
            out.text += type == CMARK_NODE_PARAGRAPH ? '\n' : ' ';
        }
    }
    return out;
}

std::string markdown_to_html(const std::string& markdown, bool allow_raw_html) {
    int options = CMARK_OPT_DEFAULT;
    if (allow_raw_html) options |= CMARK_OPT_UNSAFE;
    Parser parser = make_parser(options);
    Node doc = parse(parser.get(), markdown);
    // A link to a content file ("08.md") becomes a link to its page ("08.html"),
    // and one with an unsafe scheme (javascript:, data:…) a link to nowhere.
    each_link(doc.get(), [](cmark_node* node) {
        std::string url = cmark_node_get_url(node);
        std::size_t end = url.find_first_of("?#");
        std::string path = url.substr(0, end);
        if (!safe_url(url))
            cmark_node_set_url(node, "");
        else if (is_local_link(url) && path.ends_with(".md"))
            cmark_node_set_url(
                node,
                (page_of_link(url) + (end == std::string::npos ? "" : url.substr(end))).c_str());
    });
    if (allow_raw_html) {
        std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> it(cmark_iter_new(doc.get()),
                                                                   cmark_iter_free);
        for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
            cmark_node* node = cmark_iter_get_node(it.get());
            auto type = cmark_node_get_type(node);
            if (ev == CMARK_EVENT_ENTER &&
                (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE))
                cmark_node_set_literal(node, sanitize_html(cmark_node_get_literal(node)).c_str());
        }
    }
    char* html =
        cmark_render_html(doc.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    std::string out(html);
    free(html);
    return out;
}

} // namespace prongsai
