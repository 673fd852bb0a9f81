#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <memory>
#include <mutex>

namespace prongsai {

void markdown_init() {
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

std::string markdown_to_html(const std::string& markdown, bool allow_raw_html) {
    markdown_init();
    int options = CMARK_OPT_DEFAULT;
    if (allow_raw_html) options |= CMARK_OPT_UNSAFE;
    std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(cmark_parser_new(options),
                                                                       cmark_parser_free);
    for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"})
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> doc(cmark_parser_finish(parser.get()),
                                                                cmark_node_free);
    char* html =
        cmark_render_html(doc.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    std::string out(html);
    free(html);
    return out;
}

} // namespace prongsai
