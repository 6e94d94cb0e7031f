/* scanners.re: re2c scanners for UN document symbols and resolution numbers.
 * The generated scanners.c is committed (as cmark does), so a build does not
 * need re2c; regenerate with `make scanners` after editing this file.
 *
 * Each scanner reads s[0..n) and returns the length of the longest match at
 * s, or 0.  Reads past n see NUL, which no rule accepts, so no sentinel is
 * needed in the caller's buffer. */
#include "internal.h"

/*!re2c
  re2c:api = custom;
  re2c:api:style = free-form;
  re2c:define:YYCTYPE = "unsigned char";
  re2c:define:YYPEEK = "(cur < lim ? *cur : 0)";
  re2c:define:YYSKIP = "++cur;";
  re2c:define:YYBACKUP = "mar = cur;";
  re2c:define:YYRESTORE = "cur = mar;";
  re2c:yyfill:enable = 0;

  up   = [A-Z];
  dig  = [0-9];
  num  = dig+;
  ws   = " " | "\xc2\xa0";
  yr   = [12] dig{3};
  sess = ("S" | "ES") "-" num;
  // Roman session numbers; Russian texts write them with Cyrillic Х С І
  rom  = ([IVXLC] | "\xd0\xa5" | "\xd0\xa1" | "\xd0\x86")+;
*/

/* A symbol: organ, then components after slashes (subsidiary body C.3,
 * CN.6, HRC; session 79 or S-30/ES-10; type L.11 RES PRST INF PV.40 SR.5;
 * modifiers Rev.1 Add.1 Corr.1; placeholder ___), an optional reissue '*'
 * and a part of a document issued in parts (A/73/12 (Part I)); the
 * Security Council / pre-1976 resolution forms with parentheses; the World
 * Health Organization's, whose organ carries the session (WHA69/2016/REC/1,
 * resolutions WHA71.3 and EB142.R1). */
size_t scan_symbol(const char *s, size_t n) {
    const unsigned char *cur = (const unsigned char *)s, *lim = cur + n, *mar = cur;
    /*!re2c
      comp   = up [A-Za-z]{0,7} ("." num)? ("(" num ")")? | sess | num | "_"{2,};
      // a series or body lettered after its dot (ST/CS/SER.A/29, TD/B/C.I/52): never last
      lcomp  = up [A-Za-z]{0,7} "." up{1,4};
      part   = ws? "(Part" ws [IVX]+ ")";
      sym    = (up{1,6} ("(" num ")")? | up{2,6} num) ("/" (lcomp "/")* comp)+ "*"? part?;
      sc_res = "S/RES/" num ws? "(" yr ")";
      ga_old = "A/RES/" num (ws up)? ws? "(" (("S" | "ES") "-")? rom ")";
      who    = "WHA" num "." num | "EB" num "." "R" num;
      sym | sc_res | ga_old | who { return (size_t)(cur - (const unsigned char *)s); }
      *                     { return 0; }
    */
}

/* A resolution or decision number as the text cites it: 59/50, S-30/1,
 * ES-10/22, 2009/28 (ECOSOC), 1631 (2005) (Security Council), 3363 (XXX),
 * 3367 A (XXX), 3201 (S-VI), and the Arabic 1079 (د-39).  *form says which. */
size_t scan_resnum(const char *s, size_t n, int *form) {
    const unsigned char *cur = (const unsigned char *)s, *lim = cur + n, *mar = cur;
    /*!re2c
      ga     = (num | sess) "/" num;
      sc     = num ws? "(" yr ")";
      old    = num (ws up)? ws? "(" (("S" | "ES") "-")? rom ")";
      ar_old = num ws? "(" "\xd8\xaf" ws? "-" ws? num ")";
      ga     { *form = RN_GA; return (size_t)(cur - (const unsigned char *)s); }
      sc     { *form = RN_SC; return (size_t)(cur - (const unsigned char *)s); }
      old    { *form = RN_OLD; return (size_t)(cur - (const unsigned char *)s); }
      ar_old { *form = RN_OLD_AR; return (size_t)(cur - (const unsigned char *)s); }
      *      { return 0; }
    */
}
