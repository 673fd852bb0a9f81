// What raw HTML in Markdown may carry when a site allows it: an allowlist of
// tags and attributes, and URLs only of safe schemes. Content is untrusted
// text, and allow_raw_html must not switch off that safety.
#pragma once

#include <string>
#include <string_view>

namespace prongsai {

// Whether a link or image address is safe to publish: a relative address, or
// one of http, https, mailto, tel. Entities and the spaces and control
// characters a browser ignores are undone first ("java&#115;cript:", "\tjavascript:").
bool safe_url(std::string_view url);

// `html` (a raw HTML block or inline piece) with only the allowed tags and
// attributes; comments, scripts, styles, frames, SVG and event handlers are
// dropped, and so is an href or src that is not safe_url.
std::string sanitize_html(std::string_view html);

} // namespace prongsai
