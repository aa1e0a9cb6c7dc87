// SPDX-License-Identifier: GPL-3.0-or-later
// A fault shim for the fault trials (tests/tst_faulttrials*.cpp), loaded with LD_PRELOAD into
// yttra-cli or a GUI child: it makes the file operations under one folder fail as a full disk,
// a read-only folder or a vanished network drive would, or kills the process at the n-th of
// them, so every step of a save can be interrupted on any machine, as any user (root writes
// through chmod, and CI cannot mount a small disk). Files elsewhere (Qt's own, /tmp for
// libxlsxwriter's parts) are left alone.
//
// Environment:
//   YTTRA_FAULT_DIR     the folder whose files are affected (absolute, canonical)
//   YTTRA_FAULT         kill | fail | vanish
//   YTTRA_FAULT_AFTER   kill: operations done before the kill (0: before the first);
//                       fail at write, vanish: bytes written before the fault
//   YTTRA_FAULT_AT      fail: write | fsync | rename | create (creating, writing into, renaming
//                       or removing anything: a read-only folder)
//   YTTRA_FAULT_ERRNO   fail: ENOSPC | EDQUOT | EROFS | EACCES | EIO | ENOENT
// The first fault injected is announced on standard error as "faultshim: ...", so a trial
// knows it happened.

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

enum class Mode { Off, Kill, Fail, Vanish };
enum class At { Write, Fsync, Rename, Create };

struct Config
{
    Mode mode = Mode::Off;
    At at = At::Write;
    int error = ENOSPC;
    long long after = 0;
    char dir[4096] = {};
    size_t dirLength = 0;
};

// Writes are cut into pieces of this size while killing, so a large file has kill points
// inside it, not only before and after.
constexpr size_t killChunk = 4096;
constexpr int maxFds = 65536;

std::atomic<unsigned char> tracked[maxFds]; // 1: a file under the folder, opened for writing
std::atomic<long long> bytesWritten{0};
std::atomic<long long> operations{0};
std::atomic<bool> announced{false};
std::atomic<bool> vanished{false};

template <typename F>
F real(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

using WriteFn = ssize_t (*)(int, const void *, size_t);
using PwriteFn = ssize_t (*)(int, const void *, size_t, off_t);
using Pwrite64Fn = ssize_t (*)(int, const void *, size_t, off64_t);
using WritevFn = ssize_t (*)(int, const struct iovec *, int);
using FsyncFn = int (*)(int);
using CloseFn = int (*)(int);
using RenameFn = int (*)(const char *, const char *);
using RenameatFn = int (*)(int, const char *, int, const char *);
using Renameat2Fn = int (*)(int, const char *, int, const char *, unsigned int);
using UnlinkFn = int (*)(const char *);
using UnlinkatFn = int (*)(int, const char *, int);
using MkdirFn = int (*)(const char *, mode_t);
using OpenFn = int (*)(const char *, int, ...);
using OpenatFn = int (*)(int, const char *, int, ...);
using FopenFn = FILE *(*)(const char *, const char *);

int parseErrno(const char *name)
{
    struct Named
    {
        const char *name;
        int value;
    };
    static const Named names[] = {{"ENOSPC", ENOSPC}, {"EDQUOT", EDQUOT}, {"EROFS", EROFS},
                                  {"EACCES", EACCES}, {"EIO", EIO},       {"ENOENT", ENOENT}};
    for (const Named &n : names) {
        if (name && std::strcmp(name, n.name) == 0)
            return n.value;
    }
    return ENOSPC;
}

const Config &config()
{
    static const Config c = [] {
        Config r;
        const char *dir = std::getenv("YTTRA_FAULT_DIR");
        const char *mode = std::getenv("YTTRA_FAULT");
        if (!dir || !*dir || !mode)
            return r;
        if (std::strcmp(mode, "kill") == 0)
            r.mode = Mode::Kill;
        else if (std::strcmp(mode, "fail") == 0)
            r.mode = Mode::Fail;
        else if (std::strcmp(mode, "vanish") == 0)
            r.mode = Mode::Vanish;
        std::snprintf(r.dir, sizeof r.dir, "%s", dir);
        r.dirLength = std::strlen(r.dir);
        while (r.dirLength > 1 && r.dir[r.dirLength - 1] == '/')
            r.dir[--r.dirLength] = '\0';
        if (const char *after = std::getenv("YTTRA_FAULT_AFTER"))
            r.after = std::atoll(after);
        if (const char *at = std::getenv("YTTRA_FAULT_AT")) {
            if (std::strcmp(at, "fsync") == 0)
                r.at = At::Fsync;
            else if (std::strcmp(at, "rename") == 0)
                r.at = At::Rename;
            else if (std::strcmp(at, "create") == 0)
                r.at = At::Create;
        }
        r.error = parseErrno(std::getenv("YTTRA_FAULT_ERRNO"));
        return r;
    }();
    return c;
}

void announce(const char *what)
{
    if (announced.exchange(true))
        return;
    char line[512];
    const int n = std::snprintf(line, sizeof line, "faultshim: %s under %s\n", what, config().dir);
    if (n > 0)
        real<WriteFn>("write")(2, line, size_t(n) < sizeof line ? size_t(n) : sizeof line - 1);
}

bool isTracked(int fd)
{
    return fd >= 0 && fd < maxFds && tracked[fd].load() != 0;
}

void track(int fd, bool on)
{
    if (fd >= 0 && fd < maxFds)
        tracked[fd].store(on ? 1 : 0);
}

// Whether a path (relative to `dirfd`) lies under the folder.
bool underDir(int dirfd, const char *path)
{
    const Config &c = config();
    if (c.mode == Mode::Off || !path)
        return false;
    char full[8192];
    if (path[0] == '/') {
        std::snprintf(full, sizeof full, "%s", path);
    } else {
        char base[4096];
        if (dirfd == AT_FDCWD) {
            if (!getcwd(base, sizeof base))
                return false;
        } else {
            char link[64];
            std::snprintf(link, sizeof link, "/proc/self/fd/%d", dirfd);
            const ssize_t n = readlink(link, base, sizeof base - 1);
            if (n <= 0)
                return false;
            base[n] = '\0';
        }
        std::snprintf(full, sizeof full, "%s/%s", base, path);
    }
    return std::strncmp(full, c.dir, c.dirLength) == 0 && (full[c.dirLength] == '/' || full[c.dirLength] == '\0');
}

// Kill mode: one more operation under the folder; the process dies before the n-th.
void step()
{
    if (config().mode != Mode::Kill)
        return;
    if (operations.fetch_add(1) >= config().after) {
        announce("killed");
        std::raise(SIGKILL);
    }
}

// Vanish mode: the drive goes away (the folder is moved aside, as an unmount hides it).
void vanish()
{
    if (vanished.exchange(true))
        return;
    char gone[4200];
    std::snprintf(gone, sizeof gone, "%s.gone", config().dir);
    real<RenameFn>("rename")(config().dir, gone);
    announce("the folder vanished");
}

int fail(int error, const char *what)
{
    announce(what);
    errno = error;
    return -1;
}

bool failsCreating()
{
    return config().mode == Mode::Fail && config().at == At::Create;
}

// The writing of `count` bytes to a file under the folder, as the fault allows it.
ssize_t faultyWrite(int fd, const void *buffer, size_t count, const auto &doWrite)
{
    const Config &c = config();
    if (vanished.load())
        return fail(EIO, "the folder vanished");
    if (c.mode == Mode::Kill) {
        const char *bytes = static_cast<const char *>(buffer);
        size_t done = 0;
        while (done < count) {
            step();
            const size_t piece = count - done < killChunk ? count - done : killChunk;
            const ssize_t n = doWrite(bytes + done, piece, done);
            if (n < 0)
                return done > 0 ? ssize_t(done) : n;
            done += size_t(n);
            if (size_t(n) < piece)
                break;
        }
        return ssize_t(done);
    }
    if (c.mode == Mode::Fail && c.at == At::Create)
        return fail(c.error, "refused a write");
    const bool byBytes = c.mode == Mode::Vanish || (c.mode == Mode::Fail && c.at == At::Write);
    if (byBytes) {
        const long long before = bytesWritten.load();
        if (before >= c.after) {
            if (c.mode == Mode::Vanish) {
                vanish();
                return fail(EIO, "the folder vanished");
            }
            return fail(c.error, "failed a write");
        }
        // A write that crosses the limit stops at it, as a full disk does; the next one fails.
        if (before + (long long)count > c.after)
            count = size_t(c.after - before);
    }
    (void)fd;
    const ssize_t n = doWrite(buffer, count, 0);
    if (n > 0)
        bytesWritten.fetch_add(n);
    return n;
}

bool writes(int flags)
{
    return (flags & O_ACCMODE) != O_RDONLY || (flags & (O_CREAT | O_TRUNC)) != 0;
}

// Opening `path` for writing under the folder: refused, counted, or let through and tracked.
int faultyOpen(int dirfd, const char *path, int flags, mode_t mode, const auto &doOpen)
{
    const bool affected = writes(flags) && underDir(dirfd, path);
    if (affected) {
        if (vanished.load())
            return fail(ENOENT, "the folder vanished");
        if (failsCreating())
            return fail(config().error, "refused to open a file for writing");
        step();
    }
    const int fd = doOpen(dirfd, path, flags, mode);
    if (fd >= 0)
        track(fd, affected);
    return fd;
}

int pathOperation(int dirfd, const char *path, const char *what)
{
    if (!underDir(dirfd, path))
        return 0;
    if (vanished.load())
        return fail(ENOENT, "the folder vanished");
    if (failsCreating())
        return fail(config().error, what);
    step();
    return 0;
}

int renameOperation(int fromDir, const char *from, int toDir, const char *to)
{
    if (!underDir(fromDir, from) && !underDir(toDir, to))
        return 0;
    if (vanished.load())
        return fail(ENOENT, "the folder vanished");
    if (config().mode == Mode::Fail && (config().at == At::Rename || config().at == At::Create))
        return fail(config().error, "refused a rename");
    step();
    return 0;
}

// stdio on a file under the folder goes through the same faults (libxlsxwriter writes its
// workbook with fopen/fwrite, which do not call write() through the symbol table).
ssize_t cookieRead(void *cookie, char *buffer, size_t size)
{
    return read(int(reinterpret_cast<intptr_t>(cookie)), buffer, size);
}

ssize_t cookieWrite(void *cookie, const char *buffer, size_t size)
{
    const int fd = int(reinterpret_cast<intptr_t>(cookie));
    size_t done = 0;
    while (done < size) {
        const ssize_t n = write(fd, buffer + done, size - done);
        if (n <= 0)
            return done > 0 ? ssize_t(done) : -1;
        done += size_t(n);
    }
    return ssize_t(done);
}

int cookieSeek(void *cookie, off64_t *offset, int whence)
{
    const off64_t r = lseek64(int(reinterpret_cast<intptr_t>(cookie)), *offset, whence);
    if (r < 0)
        return -1;
    *offset = r;
    return 0;
}

int cookieClose(void *cookie)
{
    return close(int(reinterpret_cast<intptr_t>(cookie)));
}

FILE *faultyFopen(const char *path, const char *mode, const char *name)
{
    const bool writing = mode && (std::strchr(mode, 'w') || std::strchr(mode, 'a') || std::strchr(mode, '+'));
    if (!writing || !underDir(AT_FDCWD, path))
        return real<FopenFn>(name)(path, mode);
    int flags = std::strchr(mode, '+') ? O_RDWR : O_WRONLY;
    if (std::strchr(mode, 'w'))
        flags |= O_CREAT | O_TRUNC;
    if (std::strchr(mode, 'a'))
        flags |= O_CREAT | O_APPEND;
    if (std::strchr(mode, 'x'))
        flags |= O_EXCL;
    const int fd = open(path, flags | O_CLOEXEC, 0666);
    if (fd < 0)
        return nullptr;
    const cookie_io_functions_t functions{cookieRead, cookieWrite, cookieSeek, cookieClose};
    FILE *file = fopencookie(reinterpret_cast<void *>(intptr_t(fd)), mode, functions);
    if (!file)
        close(fd);
    return file;
}

mode_t modeArgument(int flags, va_list args)
{
    return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? mode_t(va_arg(args, int)) : 0;
}

} // namespace

extern "C" {

__attribute__((visibility("default"))) int open(const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeArgument(flags, args);
    va_end(args);
    return faultyOpen(AT_FDCWD, path, flags, mode, [](int, const char *p, int f, mode_t m) { return real<OpenFn>("open")(p, f, m); });
}

__attribute__((visibility("default"))) int open64(const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeArgument(flags, args);
    va_end(args);
    return faultyOpen(AT_FDCWD, path, flags, mode, [](int, const char *p, int f, mode_t m) { return real<OpenFn>("open64")(p, f, m); });
}

__attribute__((visibility("default"))) int __open_2(const char *path, int flags)
{
    return open(path, flags);
}

__attribute__((visibility("default"))) int __open64_2(const char *path, int flags)
{
    return open64(path, flags);
}

__attribute__((visibility("default"))) int openat(int dirfd, const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeArgument(flags, args);
    va_end(args);
    return faultyOpen(dirfd, path, flags, mode, [](int d, const char *p, int f, mode_t m) { return real<OpenatFn>("openat")(d, p, f, m); });
}

__attribute__((visibility("default"))) int openat64(int dirfd, const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeArgument(flags, args);
    va_end(args);
    return faultyOpen(dirfd, path, flags, mode, [](int d, const char *p, int f, mode_t m) { return real<OpenatFn>("openat64")(d, p, f, m); });
}

__attribute__((visibility("default"))) int creat(const char *path, mode_t mode)
{
    return open(path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

__attribute__((visibility("default"))) int creat64(const char *path, mode_t mode)
{
    return open64(path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

__attribute__((visibility("default"))) FILE *fopen(const char *path, const char *mode)
{
    return faultyFopen(path, mode, "fopen");
}

__attribute__((visibility("default"))) FILE *fopen64(const char *path, const char *mode)
{
    return faultyFopen(path, mode, "fopen64");
}

__attribute__((visibility("default"))) ssize_t write(int fd, const void *buffer, size_t count)
{
    if (!isTracked(fd))
        return real<WriteFn>("write")(fd, buffer, count);
    return faultyWrite(fd, buffer, count, [fd](const void *b, size_t n, size_t) { return real<WriteFn>("write")(fd, b, n); });
}

__attribute__((visibility("default"))) ssize_t pwrite(int fd, const void *buffer, size_t count, off_t offset)
{
    if (!isTracked(fd))
        return real<PwriteFn>("pwrite")(fd, buffer, count, offset);
    return faultyWrite(fd, buffer, count,
                       [fd, offset](const void *b, size_t n, size_t done) { return real<PwriteFn>("pwrite")(fd, b, n, offset + off_t(done)); });
}

__attribute__((visibility("default"))) ssize_t pwrite64(int fd, const void *buffer, size_t count, off64_t offset)
{
    if (!isTracked(fd))
        return real<Pwrite64Fn>("pwrite64")(fd, buffer, count, offset);
    return faultyWrite(fd, buffer, count, [fd, offset](const void *b, size_t n, size_t done) {
        return real<Pwrite64Fn>("pwrite64")(fd, b, n, offset + off64_t(done));
    });
}

__attribute__((visibility("default"))) ssize_t writev(int fd, const struct iovec *vector, int count)
{
    if (!isTracked(fd))
        return real<WritevFn>("writev")(fd, vector, count);
    // One piece at a time through write(), so each meets the fault.
    ssize_t total = 0;
    for (int i = 0; i < count; ++i) {
        const ssize_t n = write(fd, vector[i].iov_base, vector[i].iov_len);
        if (n < 0)
            return total > 0 ? total : n;
        total += n;
        if (size_t(n) < vector[i].iov_len)
            break;
    }
    return total;
}

__attribute__((visibility("default"))) int fsync(int fd)
{
    if (isTracked(fd)) {
        if (vanished.load())
            return fail(EIO, "the folder vanished");
        if (config().mode == Mode::Fail && config().at == At::Fsync)
            return fail(config().error, "failed fsync");
        step();
    }
    return real<FsyncFn>("fsync")(fd);
}

__attribute__((visibility("default"))) int fdatasync(int fd)
{
    if (isTracked(fd)) {
        if (vanished.load())
            return fail(EIO, "the folder vanished");
        if (config().mode == Mode::Fail && config().at == At::Fsync)
            return fail(config().error, "failed fdatasync");
        step();
    }
    return real<FsyncFn>("fdatasync")(fd);
}

__attribute__((visibility("default"))) int close(int fd)
{
    if (isTracked(fd)) {
        track(fd, false);
        step();
        const int r = real<CloseFn>("close")(fd);
        // A network file system reports a lost write when the file is closed.
        if (vanished.load())
            return fail(EIO, "the folder vanished");
        return r;
    }
    return real<CloseFn>("close")(fd);
}

__attribute__((visibility("default"))) int rename(const char *from, const char *to)
{
    if (renameOperation(AT_FDCWD, from, AT_FDCWD, to) != 0)
        return -1;
    return real<RenameFn>("rename")(from, to);
}

__attribute__((visibility("default"))) int renameat(int fromDir, const char *from, int toDir, const char *to)
{
    if (renameOperation(fromDir, from, toDir, to) != 0)
        return -1;
    return real<RenameatFn>("renameat")(fromDir, from, toDir, to);
}

__attribute__((visibility("default"))) int renameat2(int fromDir, const char *from, int toDir, const char *to, unsigned int flags)
{
    if (renameOperation(fromDir, from, toDir, to) != 0)
        return -1;
    return real<Renameat2Fn>("renameat2")(fromDir, from, toDir, to, flags);
}

__attribute__((visibility("default"))) int unlink(const char *path)
{
    if (pathOperation(AT_FDCWD, path, "refused to remove a file") != 0)
        return -1;
    return real<UnlinkFn>("unlink")(path);
}

__attribute__((visibility("default"))) int unlinkat(int dirfd, const char *path, int flags)
{
    if (pathOperation(dirfd, path, "refused to remove a file") != 0)
        return -1;
    return real<UnlinkatFn>("unlinkat")(dirfd, path, flags);
}

__attribute__((visibility("default"))) int mkdir(const char *path, mode_t mode)
{
    if (pathOperation(AT_FDCWD, path, "refused to make a folder") != 0)
        return -1;
    return real<MkdirFn>("mkdir")(path, mode);
}

} // extern "C"
