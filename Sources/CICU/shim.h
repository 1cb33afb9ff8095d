// Thin C wrappers over the ICU C API for Swift.
//
// Why wrappers: ICU's public names are macros (ubrk_open -> ubrk_open_72) that Swift cannot
// see. C can, so each function we use is re-exposed here as a static inline function whose body
// the C compiler renames to the versioned symbol. No version number is hard-coded.
//
// icu_type_renames.h must come first: it keeps these ICU types apart from Foundation's ICU.
#ifndef YAKUGO_CICU_SHIM_H
#define YAKUGO_CICU_SHIM_H

#include <stdint.h>
#include "icu_type_renames.h"
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/uscript.h>
#include <unicode/uchar.h>


/// Error codes are returned as plain ints so Swift never needs ICU's enum types.
static inline int yk_failed(int32_t code) { return code > 0; }

// MARK: Break iteration

/// kind: 0 = character, 1 = word, 2 = line, 3 = sentence (UBreakIteratorType).
static inline void *yk_ubrk_open(int32_t kind, const char *locale, const UChar *text, int32_t length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open((UBreakIteratorType)kind, locale, text, length, &err);
    *status = (int32_t)err;
    return it;
}
static inline void yk_ubrk_close(void *it) { ubrk_close((UBreakIterator *)it); }
static inline int32_t yk_ubrk_first(void *it) { return ubrk_first((UBreakIterator *)it); }
static inline int32_t yk_ubrk_next(void *it) { return ubrk_next((UBreakIterator *)it); }
static inline int32_t yk_ubrk_rule_status(void *it) { return ubrk_getRuleStatus((UBreakIterator *)it); }
static inline int32_t yk_ubrk_done(void) { return UBRK_DONE; }

// MARK: Normalization

/// form: 0 = NFC, 1 = NFKC, 2 = NFD, 3 = NFKD, 4 = NFKC_Casefold.
static inline const void *yk_unorm2_instance(int32_t form, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = NULL;
    switch (form) {
    case 0: n = unorm2_getNFCInstance(&err); break;
    case 1: n = unorm2_getNFKCInstance(&err); break;
    case 2: n = unorm2_getNFDInstance(&err); break;
    case 3: n = unorm2_getNFKDInstance(&err); break;
    default: n = unorm2_getNFKCCasefoldInstance(&err); break;
    }
    *status = (int32_t)err;
    return n;
}
static inline int32_t yk_unorm2_normalize(const void *n, const UChar *src, int32_t length, UChar *dest, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t r = unorm2_normalize((const UNormalizer2 *)n, src, length, dest, capacity, &err);
    *status = (int32_t)err;
    return r;
}
static inline int yk_unorm2_has_boundary_before(const void *n, UChar32 c) {
    return unorm2_hasBoundaryBefore((const UNormalizer2 *)n, c);
}

// MARK: Transliteration

static inline void *yk_utrans_open(const UChar *id, int32_t idLength, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UTransliterator *t = utrans_openU(id, idLength, UTRANS_FORWARD, NULL, 0, NULL, &err);
    *status = (int32_t)err;
    return t;
}
static inline void yk_utrans_close(void *t) { utrans_close((UTransliterator *)t); }
/// Transliterates text in place; returns the new length (may exceed capacity: check status).
static inline int32_t yk_utrans_chars(void *t, UChar *text, int32_t length, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t limit = length;
    utrans_transUChars((const UTransliterator *)t, text, &length, capacity, 0, &limit, &err);
    *status = (int32_t)err;
    return length;
}

// MARK: Character properties

/// The UScriptCode of a code point, as an int.
static inline int32_t yk_script(UChar32 c) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t s = (int32_t)uscript_getScript(c, &err);
    return U_FAILURE(err) ? -1 : s;
}
static inline int32_t yk_script_common(void) { return USCRIPT_COMMON; }
static inline int32_t yk_script_inherited(void) { return USCRIPT_INHERITED; }
static inline int32_t yk_script_latin(void) { return USCRIPT_LATIN; }
static inline int32_t yk_script_han(void) { return USCRIPT_HAN; }
static inline int32_t yk_script_hiragana(void) { return USCRIPT_HIRAGANA; }
static inline int32_t yk_script_katakana(void) { return USCRIPT_KATAKANA; }
static inline int32_t yk_script_hangul(void) { return USCRIPT_HANGUL; }
/// The general category (UCharCategory) as an int.
static inline int32_t yk_char_type(UChar32 c) { return (int32_t)u_charType(c); }

#endif
