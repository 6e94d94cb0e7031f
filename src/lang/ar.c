/* ar.c: stub, being filled in. */
#include "../internal.h"
const unres_lang_table unres_lang_ar = {
    .lang = UNRES_LANG_AR,
    .code = "ar",
};
