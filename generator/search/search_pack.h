// The index's files as they are published. Each is a script that calls
// prongsaiSearch.docs/pages/terms/texts (a script, not data to fetch: it
// loads from file:// too); the value it passes is deflated and written in
// base 64, and search.js inflates it with the browser's DecompressionStream.
// The index is a third of its size on disk and on the wire.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace prongsai {

// `script` is `prongsaiSearch.NAME(ARGS);\n`, ARGS being JSON values
// separated by commas; the file is `prongsaiSearch.NAME("PACKED");\n`.
std::string pack_search_file(std::string_view script);
// The script again, from a file pack_search_file wrote; nullopt for any other.
std::optional<std::string> unpack_search_file(std::string_view file);

} // namespace prongsai
