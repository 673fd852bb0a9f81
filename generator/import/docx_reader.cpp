#include "import/source.h"

#include <archive.h>
#include <archive_entry.h>
#include <cstring>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <memory>

namespace prongsai::import {

namespace {

// word/document.xml's bytes, or nullopt (and why) when the file is no .docx.
std::optional<std::string> document_xml(const std::filesystem::path& file, std::string& error) {
    std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(),
                                                             &archive_read_free);
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), file.c_str(), 1 << 16) != ARCHIVE_OK) {
        error = "cannot read " + file.generic_string() + " as a .docx (" +
                archive_error_string(a.get()) + ")";
        return std::nullopt;
    }
    archive_entry* entry = nullptr;
    while (archive_read_next_header(a.get(), &entry) == ARCHIVE_OK) {
        if (std::strcmp(archive_entry_pathname(entry), "word/document.xml") != 0) continue;
        std::string xml;
        char buffer[1 << 16];
        la_ssize_t n;
        // A document.xml of more than 256 MB is no plan; refused rather than read.
        while ((n = archive_read_data(a.get(), buffer, sizeof buffer)) > 0 &&
               xml.size() < (std::size_t{256} << 20))
            xml.append(buffer, static_cast<std::size_t>(n));
        if (n < 0) {
            error = "cannot read word/document.xml in " + file.generic_string() + " (" +
                    archive_error_string(a.get()) + ")";
            return std::nullopt;
        }
        return xml;
    }
    error = file.generic_string() +
            " is not a .docx (a Word document holds word/document.xml; this file does not): "
            "save it from Word as .docx, or as plain text (.txt)";
    return std::nullopt;
}

bool is(const xmlNode* n, const char* name) {
    return n->type == XML_ELEMENT_NODE &&
           std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

// The text below `n`: w:t runs, w:tab and w:br as spaces, w:p as line ends.
void collect(const xmlNode* n, std::string& out) {
    for (const xmlNode* c = n->children; c; c = c->next) {
        if (is(c, "t")) {
            if (xmlChar* t = xmlNodeGetContent(c)) {
                out += reinterpret_cast<const char*>(t);
                xmlFree(t);
            }
        } else if (is(c, "tab") || is(c, "br") || is(c, "cr")) {
            out += ' ';
        } else if (is(c, "p")) {
            collect(c, out);
            out += '\n';
        } else if (c->type == XML_ELEMENT_NODE) {
            collect(c, out);
        }
    }
}

void table_rows(const xmlNode* tbl, Source& source, int& counter) {
    for (const xmlNode* tr = tbl->children; tr; tr = tr->next) {
        if (!is(tr, "tr")) continue;
        Row row{++counter, {}, true};
        for (const xmlNode* tc = tr->children; tc; tc = tc->next) {
            if (!is(tc, "tc")) continue;
            std::string text;
            collect(tc, text);
            row.cells.push_back(clean_cell(text));
        }
        while (!row.cells.empty() && row.cells.back().empty())
            row.cells.pop_back();
        if (!row.cells.empty()) source.rows.push_back(std::move(row));
    }
}

} // namespace

std::optional<Source> read_docx(const std::filesystem::path& file, std::string& error) {
    auto xml = document_xml(file, error);
    if (!xml) return std::nullopt;
    // No network, no external entities, libxml2's limits kept (no XML_PARSE_HUGE):
    // the document is untrusted.
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        xmlReadMemory(xml->data(), static_cast<int>(xml->size()), "document.xml", nullptr,
                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
        &xmlFreeDoc);
    if (!doc) {
        error = "cannot read " + file.generic_string() +
                ": its word/document.xml is not well-formed XML (a damaged .docx?)";
        return std::nullopt;
    }
    const xmlNode* body = nullptr;
    for (const xmlNode* c = xmlDocGetRootElement(doc.get()); c && !body; c = c->children)
        for (const xmlNode* k = c; k; k = k->next)
            if (is(k, "body")) body = k;
    Source source;
    source.name = file.generic_string();
    source.unit = "paragraph";
    if (!body) return source;
    int counter = 0;
    for (const xmlNode* c = body->children; c; c = c->next) {
        if (is(c, "p")) {
            std::string text;
            collect(c, text);
            ++counter;
            std::string cell = clean_cell(text);
            if (!cell.empty()) source.rows.push_back({counter, {cell}, false});
        } else if (is(c, "tbl")) {
            table_rows(c, source, counter);
        } else if (is(c, "sdt")) {
            // A content control (a cover page, a table of contents) holds paragraphs too.
            for (const xmlNode* k = c->children; k; k = k->next)
                if (is(k, "sdtContent"))
                    for (const xmlNode* p = k->children; p; p = p->next) {
                        std::string text;
                        collect(p, text);
                        ++counter;
                        std::string cell = clean_cell(text);
                        if (!cell.empty()) source.rows.push_back({counter, {cell}, false});
                    }
        }
    }
    return source;
}

} // namespace prongsai::import
