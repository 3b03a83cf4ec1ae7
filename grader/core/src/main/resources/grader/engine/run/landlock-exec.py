# Confines this process and everything it starts with Linux Landlock, then replaces itself with the command:
#   python3 -I -S -c "$(cat landlock-exec.py)" --read PATH... --device PATH... --write PATH... -- COMMAND ARG...
# --read paths may be read and executed, --device files read and written (/dev/null), --write paths also
# changed; nothing else may be opened, listed or created. Python, not a compiled helper: Java 17 cannot make these system calls and a course image may have no
# C compiler, but most have python3 (its ctypes reaches libc's syscall). Exit status 126 when it cannot confine.
import ctypes, os, sys

CREATE_RULESET, ADD_RULE, RESTRICT_SELF = 444, 445, 446  # the same numbers on every architecture
PR_SET_NO_NEW_PRIVS, RULE_PATH_BENEATH, CREATE_RULESET_VERSION = 38, 1, 1
EXECUTE, WRITE_FILE, READ_FILE, READ_DIR = 1, 2, 4, 8
REFER, TRUNCATE, IOCTL_DEV = 1 << 13, 1 << 14, 1 << 15


class RulesetAttr(ctypes.Structure):
    _fields_ = [("handled_access_fs", ctypes.c_uint64)]


class PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def fail(what):
    sys.stderr.write("landlock: %s (%s)\n" % (what, os.strerror(ctypes.get_errno())))
    sys.exit(126)


def main(args):
    split = args.index("--")
    command = args[split + 1:]
    program = command[0]
    if "/" not in program:  # found now: once confined, os.execvp would fail to import its helpers
        for folder in os.environ.get("PATH", "/usr/bin:/bin").split(":"):
            if os.access(os.path.join(folder, program), os.X_OK):
                program = os.path.join(folder, program)
                break
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    abi = libc.syscall(CREATE_RULESET, None, ctypes.c_size_t(0), ctypes.c_uint32(CREATE_RULESET_VERSION))
    if abi < 1:
        fail("the kernel does not offer it")
    # every right this kernel knows is handled, so none is left open by default
    everything = (1 << 13) - 1 | (REFER if abi >= 2 else 0) | (TRUNCATE if abi >= 3 else 0) \
        | (IOCTL_DEV if abi >= 5 else 0)
    of_a_file = EXECUTE | WRITE_FILE | READ_FILE | (TRUNCATE if abi >= 3 else 0) | (IOCTL_DEV if abi >= 5 else 0)
    reading = EXECUTE | READ_FILE | READ_DIR
    attr = RulesetAttr(everything)
    ruleset = libc.syscall(CREATE_RULESET, ctypes.byref(attr), ctypes.c_size_t(ctypes.sizeof(attr)), ctypes.c_uint32(0))
    if ruleset < 0:
        fail("cannot create a ruleset")
    kinds = {"--read": reading, "--device": READ_FILE | WRITE_FILE | (TRUNCATE if abi >= 3 else 0),
             "--write": everything}
    access = reading
    for word in args[:split]:
        if word in kinds:
            access = kinds[word]
            continue
        try:
            fd = os.open(word, os.O_PATH | os.O_CLOEXEC)
        except OSError:
            continue  # a path this machine does not have (/lib32) needs no rule
        allowed = access if os.path.isdir(word) else access & of_a_file
        rule = PathBeneathAttr(allowed, fd)
        if libc.syscall(ADD_RULE, ctypes.c_int(ruleset), ctypes.c_int(RULE_PATH_BENEATH), ctypes.byref(rule),
                        ctypes.c_uint32(0)) != 0:
            fail("cannot allow " + word)
        os.close(fd)
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        fail("cannot set no_new_privs")
    if libc.syscall(RESTRICT_SELF, ctypes.c_int(ruleset), ctypes.c_uint32(0)) != 0:
        fail("cannot confine itself")
    os.close(ruleset)
    os.execv(program, command)


main(sys.argv[1:])
