# goready: per-project Go for bash and zsh. Written by `goready env --hook`; `goready hook bash` prints it.
# Before each prompt it compares the folder, GOREADY_GO_VERSION and the age of the pin file and of
# toolchains/ with what it saw last time: a few builtin tests, no program started. Only when one changed
# does it walk up the folders for .go-version, go.work and go.mod (in plain shell, the order
# `goready current` explains) and put the pinned toolchain's bin first on PATH. It starts goready only to
# install a missing toolchain, and only with GOREADY_AUTO_INSTALL=1. GOROOT and GOTOOLCHAIN are left alone.
_goready_toolchains=@TOOLCHAINS@
_goready_current=@CURRENT@
_goready_command=@COMMAND@
_goready_stamp=${XDG_RUNTIME_DIR:-@STATE@}/goready-hook.$$

# Sets _goready_k to a number that orders Go versions as Go does (1.21rc2 < 1.21 = 1.21.0 < 1.21.1); fails on junk.
_goready_key() {
  local v=${1#go} pre=9999 n maj min patch
  case $v in
    *beta*) n=${v##*beta}; v=${v%beta*}; pre=0 ;;
    *rc*) n=${v##*rc}; v=${v%rc*}; pre=5000 ;;
    *) n=0 ;;
  esac
  case $n in '' | *[!0-9]* | ????*) return 1 ;; esac
  maj=${v%%.*}
  v=${v#"$maj"}
  v=${v#.}
  min=${v%%.*}
  patch=${v#"$min"}
  patch=${patch#.}
  case $maj$min in '' | *[!0-9]*) return 1 ;; esac
  case $patch in *[!0-9]*) return 1 ;; esac
  [ "${#maj}" -le 3 ] && [ "${#min}" -le 3 ] && [ "${#patch}" -le 3 ] || return 1
  [ "$pre" = 9999 ] || [ -z "$patch" ] || return 1
  _goready_k=$(( ((10#$maj * 1000 + 10#${min:-0}) * 1000 + 10#${patch:-0}) * 10000 + (pre == 9999 ? 9999 : pre + 10#$n) ))
}

# Sets _goready_word to the first word of the first line that is not blank or a # comment (BOM and CR dropped).
_goready_read_version() {
  local l
  _goready_word=
  while IFS= read -r l || [ -n "$l" ]; do
    l=${l#$'\357\273\277'}
    l=${l%$'\r'}
    l=${l#"${l%%[![:space:]]*}"}
    case $l in '' | '#'*) continue ;; esac
    _goready_word=${l%%[[:space:]]*}
    return 0
  done <"$1"
}

# Sets _goready_go and _goready_toolchain from a go.mod or go.work (comments dropped; the first of each wins).
_goready_read_mod() {
  local l w v
  _goready_go= _goready_toolchain=
  while IFS= read -r l || [ -n "$l" ]; do
    l=${l%$'\r'}
    l=${l%%//*}
    l=${l#"${l%%[![:space:]]*}"}
    l=${l%"${l##*[![:space:]]}"}
    case $l in
      go[[:space:]]* | toolchain[[:space:]]*)
        w=${l%%[[:space:]]*}
        v=${l#"$w"}
        v=${v#"${v%%[![:space:]]*}"}
        case $v in *[[:space:]]*) continue ;; esac # a directive is two words, as Go writes it
        if [ "$w" = go ]; then
          [ -n "$_goready_go" ] || _goready_go=$v
        else
          [ -n "$_goready_toolchain" ] || _goready_toolchain=$v
        fi
        ;;
    esac
  done <"$1"
  _goready_toolchain=${_goready_toolchain%%[-+]*}
}

# Sets _goready_pin (where the pin came from, empty for none), _goready_kind (exact, line, min or an
# error message) and _goready_want (the version's key; for a line, the line's first key).
_goready_find() {
  local d=$PWD vf= wf= mf= word
  _goready_pin= _goready_kind= _goready_want= _goready_text=
  if [ -n "${GOREADY_GO_VERSION-}" ]; then
    _goready_pin=GOREADY_GO_VERSION
    word=${GOREADY_GO_VERSION#"${GOREADY_GO_VERSION%%[![:space:]]*}"}
    word=${word%%[[:space:]]*}
  else
    while :; do
      [ -n "$vf" ] || [ ! -f "$d/.go-version" ] || vf=$d/.go-version
      [ -n "$wf" ] || [ ! -f "$d/go.work" ] || wf=$d/go.work
      [ -n "$mf" ] || [ ! -f "$d/go.mod" ] || mf=$d/go.mod
      [ -z "$vf" ] || break
      [ -n "$d" ] && [ "$d" != / ] || break
      d=${d%/*}
    done
    case ${GOWORK-} in '') ;; off) wf= ;; *) wf=; [ ! -f "$GOWORK" ] || wf=$GOWORK ;; esac
    if [ -n "$vf" ]; then
      _goready_pin=$vf
      [ -r "$vf" ] && _goready_read_version "$vf" || { _goready_kind="cannot be read"; return; }
      word=$_goready_word
      [ -n "$word" ] || { _goready_kind="names no version"; return; }
    elif [ -n "$wf$mf" ]; then
      _goready_pin=${wf:-$mf}
      [ -r "$_goready_pin" ] && _goready_read_mod "$_goready_pin" || { _goready_kind="cannot be read"; return; }
      if [ -n "$_goready_toolchain" ]; then
        _goready_pin="$_goready_pin, toolchain line" _goready_text=$_goready_toolchain
        _goready_key "$_goready_toolchain" && _goready_kind=exact _goready_want=$_goready_k || _goready_kind="has a toolchain line that names no Go version"
      elif [ -n "$_goready_go" ]; then
        _goready_pin="$_goready_pin, go line" _goready_text=$_goready_go
        _goready_key "$_goready_go" && _goready_kind=min _goready_want=$_goready_k || _goready_kind="has a go line that names no Go version"
      else
        _goready_kind="has neither a toolchain nor a go line"
      fi
      return
    else
      return
    fi
  fi
  _goready_text=${word#go}
  case $word in
    [lL][aA][tT][eE][sS][tT]) _goready_kind="says 'latest', which pins nothing" ;;
    *rc* | *beta* | *.*.*) _goready_key "$word" && _goready_kind=exact _goready_want=$_goready_k || _goready_kind="names no Go version" ;;
    *.*) _goready_key "$word" && _goready_kind=line _goready_want=$_goready_k || _goready_kind="names no Go version" ;;
    *) _goready_key "$word" && _goready_kind=exact _goready_want=$_goready_k || _goready_kind="names no Go version" ;;
  esac
}

# Sets _goready_found to the installed toolchain that answers the pin (empty: the default answers, or none does).
_goready_choose() {
  local d n best= bestk=-1 top cv=
  [ -z "${ZSH_VERSION-}" ] || setopt localoptions nullglob
  _goready_found= _goready_missing=
  [ -n "$_goready_pin" ] || return
  if [ "$_goready_kind" = min ] && [ -r "$_goready_current/VERSION" ] && { IFS= read -r cv <"$_goready_current/VERSION" || [ -n "$cv" ]; } &&
    _goready_key "$cv" && [ "$_goready_k" -ge "$_goready_want" ]; then
    return
  fi
  top=$(( _goready_want / 10000000 * 10000000 + 10000000 ))
  for d in "$_goready_toolchains"/go*; do
    [ -d "$d" ] || continue
    n=${d##*/}
    _goready_key "$n" || continue
    case $_goready_kind in
      exact) [ "$_goready_k" != "$_goready_want" ] || { best=$n; break; } ;;
      line) [ "$_goready_k" -ge "$_goready_want" ] && [ "$_goready_k" -lt "$top" ] && [ $(( _goready_k % 10000 )) = 9999 ] && [ "$_goready_k" -gt "$bestk" ] && best=$n bestk=$_goready_k ;;
      min) [ "$_goready_k" -ge "$_goready_want" ] && [ "$_goready_k" -gt "$bestk" ] && best=$n bestk=$_goready_k ;;
    esac
  done
  _goready_found=$best
  [ -n "$best" ] || _goready_missing=1
}

# Puts toolchains/$1/bin first on PATH in place of the one put there before; empty $1 takes it away.
_goready_path() {
  local dir= p
  [ -z "$1" ] || dir=$_goready_toolchains/$1/bin
  [ "$dir" != "${_goready_added-}" ] || return 0
  if [ -n "${_goready_added-}" ]; then
    p=:$PATH:
    p=${p//":$_goready_added:"/:}
    p=${p#:}
    PATH=${p%:}
  fi
  [ -z "$dir" ] || PATH=$dir:$PATH
  _goready_added=$dir
}

# Sets _goready_arg to what goready install takes for the pin: a minimum (go 1.22.3) is met by its line (1.22).
_goready_install_arg() {
  local rest
  _goready_arg=$_goready_text
  [ "$_goready_kind" = min ] || return 0
  rest=${_goready_text#*.}
  _goready_arg=${_goready_text%%.*}.${rest%%[!0-9]*}
}

_goready_hook() {
  local ret=$?
  if [ "$PWD" = "${_goready_dir-}" ] && [ "${GOREADY_GO_VERSION-}" = "${_goready_env-}" ] && [ -f "$_goready_stamp" ] &&
    ! [ "$_goready_toolchains" -nt "$_goready_stamp" ]; then
    case $PWD in
      /mnt/[a-zA-Z] | /mnt/[a-zA-Z]/*) return $ret ;; # a Windows drive under WSL: every stat is slow; the next cd looks again
    esac
    ! [ "$PWD" -nt "$_goready_stamp" ] && { [ -z "${_goready_pinfile-}" ] || ! [ "$_goready_pinfile" -nt "$_goready_stamp" ]; } && return $ret
  fi
  _goready_dir=$PWD _goready_env=${GOREADY_GO_VERSION-}
  : >"$_goready_stamp" 2>/dev/null
  _goready_find
  _goready_pinfile=${_goready_pin%%, *}
  [ "$_goready_pinfile" != GOREADY_GO_VERSION ] || _goready_pinfile=
  case $_goready_kind in
    '' | exact | line | min) ;;
    *) printf 'goready: %s %s; go stays %s\n' "$_goready_pin" "$_goready_kind" "$(command -v go || echo 'off PATH')" >&2; return $ret ;;
  esac
  _goready_choose
  if [ -n "$_goready_missing" ]; then
    _goready_install_arg
    if [ "${GOREADY_AUTO_INSTALL-}" = 1 ]; then
      printf 'goready: %s wants go %s; installing it (GOREADY_AUTO_INSTALL=1)\n' "$_goready_pin" "$_goready_text" >&2
      "$_goready_command" install --no-use "$_goready_arg" >&2 && _goready_choose
    fi
    if [ -n "$_goready_missing" ]; then
      printf 'goready: %s wants go %s, which is not installed; run: goready install %s\n' "$_goready_pin" "$_goready_text" "$_goready_arg" >&2
      return $ret
    fi
  fi
  _goready_path "$_goready_found"
  return $ret
}

if [ -n "${ZSH_VERSION-}" ]; then
  typeset -ga precmd_functions
  [[ ${precmd_functions[(Ie)_goready_hook]} -gt 0 ]] || precmd_functions+=(_goready_hook)
else
  case ${PROMPT_COMMAND-} in
    *_goready_hook*) ;;
    *) PROMPT_COMMAND=${PROMPT_COMMAND:+$PROMPT_COMMAND$'\n'}_goready_hook ;;
  esac
fi
