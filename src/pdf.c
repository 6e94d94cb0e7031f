/* pdf.c: input files.  Text is read as is; a PDF's text layer comes from
 * poppler's pdftotext run as a separate program, which keeps libunres free of
 * GPL linkage and a crash in a broken PDF out of our process. */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static unres_code fail(unres_error *err, unres_code code, const char *msg) {
    err->code = code;
    err->msg = msg;
    err->offset = (size_t)-1;
    return code;
}

static bool read_fd(int fd, char **buf, size_t *len) {
    size_t cap = 65536, n = 0;
    char *b = malloc(cap);
    if (!b) return false;
    for (;;) {
        if (n == cap) {
            char *nb = realloc(b, cap * 2);
            if (!nb) { free(b); return false; }
            b = nb;
            cap *= 2;
        }
        ssize_t r = read(fd, b + n, cap - n);
        if (r < 0) {
            if (errno == EINTR) continue;
            free(b);
            return false;
        }
        if (r == 0) break;
        n += (size_t)r;
    }
    *buf = b;
    *len = n;
    return true;
}

/* Runs pdftotext -layout on path, collecting its standard output. */
static unres_code pdf_text(const char *path, char **buf, size_t *len, unres_error *err) {
    int pipefd[2];
    /* close-on-exec: a pdftotext that another thread starts must not hold
     * this pipe open, or this read would wait for that one to end too */
    if (pipe2(pipefd, O_CLOEXEC) != 0) return fail(err, UNRES_ERR_IO, "cannot create a pipe for pdftotext");
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, pipefd[1], 1);
    posix_spawn_file_actions_addclose(&fa, pipefd[0]);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    const char *pdftotext = getenv("UNRES_PDFTOTEXT");
    if (!pdftotext || !*pdftotext) pdftotext = "pdftotext";
    char *argv[] = {(char *)pdftotext, "-layout", "-enc", "UTF-8", "-q", (char *)path, "-", NULL};
    pid_t pid;
    int rc = posix_spawnp(&pid, pdftotext, &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(pipefd[1]);
    if (rc != 0) {
        close(pipefd[0]);
        return fail(err, UNRES_ERR_PDF, "PDF input needs pdftotext (poppler-utils), which was not found");
    }
    bool ok = read_fd(pipefd[0], buf, len);
    close(pipefd[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    if (!ok) return fail(err, UNRES_ERR_NOMEM, "out of memory reading pdftotext output");
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        free(*buf);
        *buf = NULL;
        if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
            return fail(err, UNRES_ERR_PDF, "PDF input needs pdftotext (poppler-utils), which was not found");
        return fail(err, UNRES_ERR_PDF, "broken or truncated PDF (pdftotext could not read it)");
    }
    /* a PDF of scanned pages gives only form feeds and white space */
    for (size_t i = 0; i < *len; i++) {
        unsigned char c = (unsigned char)(*buf)[i];
        if (c > ' ') return UNRES_OK;
    }
    free(*buf);
    *buf = NULL;
    return fail(err, UNRES_ERR_PDF_NOTEXT, "PDF has no text layer (scanned images only; OCR it first)");
}

unres_code unres_read_file(const char *path, char **buf, size_t *len, unres_error *err) {
    *buf = NULL;
    *len = 0;
    int fd = strcmp(path, "-") == 0 ? 0 : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return fail(err, UNRES_ERR_IO, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return fail(err, UNRES_ERR_IO, "is a directory");
    }
    bool ok = read_fd(fd, buf, len);
    int e = errno;
    if (fd != 0) close(fd);
    if (!ok) return fail(err, UNRES_ERR_IO, e == ENOMEM ? "out of memory" : strerror(e));
    if (*len >= 5 && memcmp(*buf, "%PDF-", 5) == 0) {
        if (fd == 0) {
            /* pdftotext needs a file: a PDF on standard input goes through a temporary one */
            const char *dir = getenv("TMPDIR");
            char tmp[4096];
            snprintf(tmp, sizeof tmp, "%s/unres-XXXXXX", dir && *dir ? dir : "/tmp");
            int t = mkostemp(tmp, O_CLOEXEC);
            if (t < 0) {
                free(*buf);
                *buf = NULL;
                return fail(err, UNRES_ERR_IO, "cannot create a temporary file for the PDF");
            }
            size_t off = 0;
            while (off < *len) {
                ssize_t w = write(t, *buf + off, *len - off);
                if (w < 0 && errno == EINTR) continue;
                if (w <= 0) break;
                off += (size_t)w;
            }
            close(t);
            free(*buf);
            *buf = NULL;
            *len = 0;
            unres_code rc = off == 0 ? fail(err, UNRES_ERR_IO, "cannot write a temporary file for the PDF")
                                     : pdf_text(tmp, buf, len, err);
            unlink(tmp);
            return rc;
        }
        free(*buf);
        *buf = NULL;
        *len = 0;
        return pdf_text(path, buf, len, err);
    }
    return UNRES_OK;
}
