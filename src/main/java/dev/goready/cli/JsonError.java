package dev.goready.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goready.ExitCode;
import java.io.PrintStream;

/** A failure as --json users read it: {"error": {"message", "hint", "exit"}} on stdout. */
final class JsonError {
  private JsonError() {}

  static void print(PrintStream out, String message, String hint, ExitCode exit) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.putObject("error").put("message", message).put("hint", hint).put("exit", exit.code());
    out.println(root.toPrettyString());
  }
}
