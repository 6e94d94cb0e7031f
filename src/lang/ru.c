/* ru.c: stub, being filled in. */
#include "../internal.h"
const unres_lang_table unres_lang_ru = {
    .lang = UNRES_LANG_RU,
    .code = "ru",
};
