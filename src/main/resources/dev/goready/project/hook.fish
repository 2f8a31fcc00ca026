# goready: per-project Go for fish. Written by `goready env --hook`; `goready hook fish` prints it.
# Before each prompt it compares the folder, GOREADY_GO_VERSION and the age of the pin file and of
# toolchains/ with what it saw last time (builtins only, nothing started); only when one changed does it
# walk up the folders for .go-version, go.work and go.mod, in the order `goready current` explains, and
# put the pinned toolchain's bin first on PATH. It starts goready only to install a missing toolchain,
# and only with GOREADY_AUTO_INSTALL=1. GOROOT and GOTOOLCHAIN are left alone.
set -g __goready_toolchains @TOOLCHAINS@
set -g __goready_current @CURRENT@
set -g __goready_command @COMMAND@
if set -q XDG_RUNTIME_DIR
    set -g __goready_stamp $XDG_RUNTIME_DIR/goready-hook.$fish_pid
else
    set -g __goready_stamp @STATE@/goready-hook.$fish_pid
end

# A number that orders Go versions as Go does (1.21rc2 < 1.21 = 1.21.0 < 1.21.1); fails on junk.
function __goready_key
    # Each part gets a letter so that parts the version lacks stay in their place as empty words.
    set -l re '^(?:go)?(\d{1,3})(?:\.(\d{1,3}))?(?:\.(\d{1,3}))?(?:(beta|rc)(\d{1,3}))?$'
    string match -rq $re -- $argv[1]; or return 1
    set -l p (string split ' ' -- (string replace -r $re 'a$1 b$2 c$3 d$4 e$5' -- $argv[1]))
    set -l maj (string sub -s 2 -- $p[1])
    set -l min (math "0"(string sub -s 2 -- $p[2]))
    set -l patch (string sub -s 2 -- $p[3])
    set -l kind (string sub -s 2 -- $p[4])
    set -l pre 9999
    if test -n "$kind"
        test -z "$patch"; or return 1
        set pre (math "0"(string sub -s 2 -- $p[5]))
        test $kind = rc; and set pre (math "5000 + $pre")
    end
    math "(($maj * 1000 + $min) * 1000 + 0$patch) * 10000 + $pre"
end

# The first word of the first line that is not blank or a # comment (BOM and CR dropped).
function __goready_read_version
    while read -l line
        set line (string trim -- (string replace -r '^\x{FEFF}' '' -- (string trim -r -c \r -- $line)))
        test -z "$line"; and continue
        string match -q '#*' -- $line; and continue
        string split -f1 ' ' -- (string replace -a \t ' ' -- $line)
        return 0
    end <$argv[1]
end

# The go and toolchain values of a go.mod or go.work (comments dropped; the first of each wins).
function __goready_read_mod
    set -g __goready_go
    set -g __goready_toolchain
    while read -l line
        set line (string trim -- (string replace -r '//.*$' '' -- (string trim -r -c \r -- $line)))
        set -l words (string split -n ' ' -- (string replace -a \t ' ' -- $line))
        test (count $words) -eq 2; or continue
        if test $words[1] = go; and test -z "$__goready_go"
            set -g __goready_go $words[2]
        else if test $words[1] = toolchain; and test -z "$__goready_toolchain"
            set -g __goready_toolchain (string replace -r '[-+].*$' '' -- $words[2])
        end
    end <$argv[1]
end

# Sets __goready_pin (where the pin came from), __goready_kind (exact, line, min or an error) and __goready_want.
function __goready_find
    set -g __goready_pin ''
    set -g __goready_kind ''
    set -g __goready_want ''
    set -g __goready_text ''
    set -l word
    if test -n "$GOREADY_GO_VERSION"
        set __goready_pin GOREADY_GO_VERSION
        set word (string split -f1 ' ' -- (string trim -- $GOREADY_GO_VERSION))
    else
        set -l vf
        set -l wf
        set -l mf
        set -l d $PWD
        while true
            test -z "$vf" -a -f "$d/.go-version"; and set vf $d/.go-version
            test -z "$wf" -a -f "$d/go.work"; and set wf $d/go.work
            test -z "$mf" -a -f "$d/go.mod"; and set mf $d/go.mod
            test -n "$vf" -o "$d" = / -o -z "$d"; and break
            set d (string replace -r '/[^/]*$' '' -- $d)
        end
        if set -q GOWORK; and test -n "$GOWORK"
            set wf
            test "$GOWORK" != off -a -f "$GOWORK"; and set wf $GOWORK
        end
        if test -n "$vf"
            set __goready_pin $vf
            if not test -r $vf
                set __goready_kind 'cannot be read'
                return
            end
            set word (__goready_read_version $vf)
            if test -z "$word"
                set __goready_kind 'names no version'
                return
            end
        else if test -n "$wf$mf"
            set -l file $wf
            test -n "$file"; or set file $mf
            set __goready_pin $file
            if not test -r $file
                set __goready_kind 'cannot be read'
                return
            end
            __goready_read_mod $file
            if test -n "$__goready_toolchain"
                set __goready_pin "$file, toolchain line"
                set __goready_text $__goready_toolchain
                set __goready_want (__goready_key $__goready_toolchain); and set __goready_kind exact; or set __goready_kind 'has a toolchain line that names no Go version'
            else if test -n "$__goready_go"
                set __goready_pin "$file, go line"
                set __goready_text $__goready_go
                set __goready_want (__goready_key $__goready_go); and set __goready_kind min; or set __goready_kind 'has a go line that names no Go version'
            else
                set __goready_kind 'has neither a toolchain nor a go line'
            end
            return
        else
            return
        end
    end
    set __goready_text (string replace -r '^go' '' -- $word)
    if string match -qi latest -- $word
        set __goready_kind "says 'latest', which pins nothing"
    else if set __goready_want (__goready_key $word)
        if string match -qr '^(?:go)?\d+\.\d+$' -- $word
            set __goready_kind line
        else
            set __goready_kind exact
        end
    else
        set __goready_kind 'names no Go version'
    end
end

# The installed toolchain that answers the pin; nothing when the default answers; fails when none does.
function __goready_choose
    test -n "$__goready_pin"; or return 0
    if test $__goready_kind = min -a -r $__goready_current/VERSION
        read -l cv <$__goready_current/VERSION
        set -l k (__goready_key $cv)
        and test $k -ge $__goready_want
        and return 0
    end
    set -l top (math "floor($__goready_want / 10000000) * 10000000 + 10000000")
    set -l best
    set -l bestk -1
    for d in $__goready_toolchains/go*
        test -d $d; or continue
        set -l n (string replace -r '.*/' '' -- $d)
        set -l k (__goready_key $n); or continue
        switch $__goready_kind
            case exact
                if test $k = $__goready_want
                    set best $n
                    break
                end
            case line
                test $k -ge $__goready_want -a $k -lt $top -a (math "$k % 10000") -eq 9999 -a $k -gt $bestk; and set best $n; and set bestk $k
            case min
                test $k -ge $__goready_want -a $k -gt $bestk; and set best $n; and set bestk $k
        end
    end
    test -n "$best"; or return 1
    echo $best
end

# Before each prompt, and at once when the folder or GOREADY_GO_VERSION changes (fish runs no prompt for piped input).
function __goready_hook --on-event fish_prompt --on-variable PWD --on-variable GOREADY_GO_VERSION
    if test "$PWD" = "$__goready_dir" -a "$GOREADY_GO_VERSION" = "$__goready_env" -a -f $__goready_stamp
        and not test $__goready_toolchains -nt $__goready_stamp
        string match -qr '^/mnt/[a-zA-Z](/|$)' -- $PWD; and return # a Windows drive under WSL: every stat is slow
        if not test $PWD -nt $__goready_stamp
            test -z "$__goready_pinfile"; or not test $__goready_pinfile -nt $__goready_stamp; and return
        end
    end
    set -g __goready_dir $PWD
    set -g __goready_env $GOREADY_GO_VERSION
    true >$__goready_stamp 2>/dev/null
    __goready_find
    set -g __goready_pinfile (string replace -r ', .*$' '' -- $__goready_pin)
    test "$__goready_pinfile" = GOREADY_GO_VERSION; and set __goready_pinfile ''
    if not contains -- "$__goready_kind" '' exact line min
        echo "goready: $__goready_pin $__goready_kind; go stays "(command -s go; or echo 'off PATH') >&2
        return
    end
    set -l found (__goready_choose)
    if test $status -ne 0
        set -l arg $__goready_text
        if test $__goready_kind = min
            set arg (string match -r '^\d+\.\d+' -- $__goready_text)
        end
        if test "$GOREADY_AUTO_INSTALL" = 1
            echo "goready: $__goready_pin wants go $__goready_text; installing it (GOREADY_AUTO_INSTALL=1)" >&2
            $__goready_command install --no-use $arg >&2; and set found (__goready_choose)
        end
        if test -z "$found"
            echo "goready: $__goready_pin wants go $__goready_text, which is not installed; run: goready install $arg" >&2
            return
        end
    end
    set -l dir
    test -n "$found"; and set dir $__goready_toolchains/$found/bin
    test "$dir" = "$__goready_added"; and return
    if test -n "$__goready_added"
        set -l at (contains -i -- $__goready_added $PATH); and set -e PATH[$at]
    end
    test -n "$dir"; and set -gx PATH $dir $PATH
    set -g __goready_added $dir
end
