package dev.goready.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** One line of audit.jsonl. The field order is fixed so each line's bytes, and so the chain, are reproducible. */
@JsonPropertyOrder({"time", "action", "subject", "result", "details", "prev"})
public record AuditEntry(String time, String action, String subject, String result, Map<String, Object> details, String prev) {
  public static final String OK = "ok";
  public static final String FAIL = "fail";
}
