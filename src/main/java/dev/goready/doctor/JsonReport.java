package dev.goready.doctor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goready.Version;
import java.util.List;

/** The machine-readable report, schema 1: a contract for fleets that ingest it. */
public final class JsonReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonReport() {}

  public static String render(Report report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", 1);
    root.put("goready", Version.current());
    root.putObject("host").put("os", report.os()).put("arch", report.arch()).put("kind", report.kind().id());
    ArrayNode checks = root.putArray("checks");
    for (CheckReport check : report.checks()) {
      Result result = check.result();
      ObjectNode node = checks.addObject();
      node.put("id", check.id()).put("area", check.area()).put("status", result.status().id()).put("summary", result.summary());
      result.details().forEach(node.putArray("details")::add);
      if (result.fix().isPresent()) {
        ObjectNode fix = node.putObject("fix");
        result.fix().get().commands().forEach(fix.putArray("commands")::add);
        fix.put("text", result.fix().get().text());
        // What doctor --fix would carry out, as argument lists fleet tools can run too: "kind" names the program
        // (goready or go; "mixed" puts the program first in each step), "held" why a step is left to a person.
        List<FixAction> actions = result.fix().get().actions();
        if (actions.isEmpty()) {
          fix.putNull("action");
        } else {
          boolean mixed = actions.stream().map(FixAction::program).distinct().count() > 1;
          ObjectNode action = fix.putObject("action").put("kind", mixed ? "mixed" : actions.getFirst().program().id());
          ArrayNode steps = action.putArray("steps");
          ArrayNode held = action.putArray("held");
          for (FixAction a : actions) {
            ArrayNode step = steps.addArray();
            if (mixed) {
              step.add(a.program().id());
            }
            a.args().forEach(step::add);
            a.held().ifPresentOrElse(held::add, held::addNull);
          }
        }
      } else {
        node.putNull("fix");
      }
      node.put("ms", check.ms());
    }
    ObjectNode counts = root.putObject("counts");
    report.counts().forEach((status, n) -> counts.put(status.id(), n));
    return root.toPrettyString();
  }
}
