// libxml2 headers for Swift: the HTML parser, the streaming text reader and the text writer.
//
// Debian builds libxml2 with ICU, so libxml/encoding.h includes <unicode/ucnv.h>: the ICU type
// renames (see that header) must come first here too.
#ifndef YAKUGO_CLIBXML2_SHIM_H
#define YAKUGO_CLIBXML2_SHIM_H
#include "../CICU/icu_type_renames.h"
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#endif
