// SwiftPM drops pkg-config's -D flags, so the wide-character API must be enabled here.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
#include <ncursesw/curses.h>

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_key_resize(void) { return KEY_RESIZE; }
static inline int shim_key_code_yes(void) { return KEY_CODE_YES; }
static inline int shim_ok(void) { return OK; }
static inline int shim_err(void) { return ERR; }

/// Draws one cell (a single code point, possibly wide) with attributes and colour pair.
static inline int shim_put_cell(int y, int x, wchar_t ch, attr_t attr, short pair) {
    cchar_t cc;
    wchar_t s[2] = { ch, 0 };
    setcchar(&cc, s, attr, pair, NULL);
    return mvadd_wch(y, x, &cc);
}

/// Terminal restoration from a signal handler: leave curses mode, then re-raise with the default action.
static void shim_restore_and_reraise(int sig) {
    if (!isendwin()) { endwin(); }
    signal(sig, SIG_DFL);
    raise(sig);
}
static inline void shim_install_restore_handlers(void) {
    signal(SIGTERM, shim_restore_and_reraise);
    signal(SIGINT, shim_restore_and_reraise);
    signal(SIGHUP, shim_restore_and_reraise);
    signal(SIGSEGV, shim_restore_and_reraise);
    signal(SIGBUS, shim_restore_and_reraise);
    signal(SIGILL, shim_restore_and_reraise);
    signal(SIGTRAP, shim_restore_and_reraise);
    signal(SIGABRT, shim_restore_and_reraise);
    signal(SIGFPE, shim_restore_and_reraise);
}

/// Mouse reporting on (clicks and the wheel, no click delay) or off.
static inline void shim_mouse(int on) {
    mouseinterval(0);
    mousemask(on ? (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED) : 0, NULL);
}

/// Reads the pending mouse event: kind 1 press, 2 wheel up, 3 wheel down, 0 other. Returns 0 when there is none.
static inline int shim_get_mouse(int *x, int *y, int *kind) {
    MEVENT e;
    if (getmouse(&e) != OK) return 0;
    *x = e.x; *y = e.y;
    if (e.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) *kind = 1;
    else if (e.bstate & BUTTON4_PRESSED) *kind = 2;
#ifdef BUTTON5_PRESSED
    else if (e.bstate & BUTTON5_PRESSED) *kind = 3;
#endif
    else *kind = 0;
    return 1;
}
static inline int shim_key_mouse(void) { return KEY_MOUSE; }
