// Private names for the system ICU's C enum types, included before any ICU header.
//
// Foundation bundles its own ICU (module _FoundationICU) whose enum types have the same names
// but other members; a Swift module that sees both fails to compile ("'UProperty' has
// different definitions in different modules"). C type names are not part of the ABI, so the
// system ICU's types get these names instead. Both CICU and CLibXML2 (libxml2 includes
// <unicode/ucnv.h>) include this one list, so the two modules agree with each other.
#ifndef YAKUGO_ICU_TYPE_RENAMES_H
#define YAKUGO_ICU_TYPE_RENAMES_H
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
#endif
