// libxml2 headers for Swift: the HTML parser, the streaming text reader and the text writer.
//
// Debian builds libxml2 with ICU, so libxml/encoding.h includes <unicode/ucnv.h>. Foundation
// bundles its own ICU whose enum types share these names with other members; a Swift module
// that sees both fails to compile. C type names are not ABI, so they get private names here
// (the same list as in CICU's shim, so the two modules agree with each other).
#ifndef YAKUGO_CLIBXML2_SHIM_H
#define YAKUGO_CLIBXML2_SHIM_H
#define UErrorCode YK_UErrorCode
#define UProperty YK_UProperty
#define UBlockCode YK_UBlockCode
#define UJoiningGroup YK_UJoiningGroup
#define ULineBreak YK_ULineBreak
#define UIndicSyllabicCategory YK_UIndicSyllabicCategory
#define UScriptCode YK_UScriptCode
#define UCharCategory YK_UCharCategory
#define UBreakIteratorType YK_UBreakIteratorType
#define UTransDirection YK_UTransDirection
#define UNormalization2Mode YK_UNormalization2Mode
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#endif
