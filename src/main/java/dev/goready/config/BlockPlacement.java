package dev.goready.config;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where goready's block goes in a startup file it is added to for the first time: at the end, unless
 * something before the end would keep it from working there.
 * <ul>
 *   <li>A guard that returns from non-interactive shells (Debian's and Ubuntu's {@code case $- in
 *       *i*) ;; *) return;; esac}, {@code [ -z "$PS1" ] && return}, {@code [[ $- != *i* ]] && return}):
 *       {@code ssh host 'go build'}, CI agents and editors' remote helpers run non-interactive shells,
 *       which never got past it. The block goes before the guard.</li>
 *   <li>Lines that must stay last (SDKMAN's marker, conda's initialize block, oh-my-posh's init) and a
 *       line that {@code exec}s another shell: the block goes before the first of them.</li>
 * </ul>
 * Insertion is at a line start, so removing the block gives back the file's exact bytes.
 */
final class BlockPlacement {
  private BlockPlacement() {}

  private static final Pattern GUARD = Pattern.compile(
      "(?md)^[ \\t]*(?:"
          + "case[ \\t]+\"?\\$-\"?[ \\t]+in\\b[^\\n]*(?:\\n[^\\n]*){0,4}?\\breturn\\b"              // case $- in *i*) ;; *) return;; esac
          + "|\\[\\[?[ \\t]+(?:-z[ \\t]+\"?\\$\\{?PS1\\}?\"?|\"?\\$-\"?[ \\t]+!=[ \\t]+\\*i\\*)[ \\t]+\\]\\]?[ \\t]*&&[ \\t]*return\\b" // [ -z "$PS1" ] && return, [[ $- != *i* ]] && return
          + "|\\[\\[[ \\t]+-o[ \\t]+interactive[ \\t]+\\]\\][ \\t]*\\|\\|[ \\t]*return\\b"           // zsh: [[ -o interactive ]] || return
          + ")");

  private static final List<Pattern> MUST_STAY_LAST = List.of(
      Pattern.compile("(?md)^#THIS MUST BE AT THE END OF THE FILE FOR SDKMAN TO WORK"),
      Pattern.compile("(?md)^# >>> conda initialize >>>"),
      Pattern.compile("(?md)^#region conda initialize"),
      Pattern.compile("(?md)^[^#\\n]*oh-my-posh(?:\\.exe)?[ \\t]+(?:init|--init)\\b"),
      Pattern.compile("(?md)^[ \\t]*exec[ \\t]+(?:\\S*/)?(?:zsh|fish|bash|pwsh|tmux)\\b"));

  /** The index in {@code text} (a line start, or its length: append) where the block is inserted. */
  static int of(String text) {
    int at = text.length();
    Matcher guard = GUARD.matcher(text);
    if (guard.find()) {
      at = guard.start();
    }
    for (Pattern last : MUST_STAY_LAST) {
      Matcher m = last.matcher(text);
      if (m.find() && m.start() < at) {
        at = m.start();
      }
    }
    return at;
  }
}
