package org.aparte.client.support;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.aparte.protocol.support.AccessRequestView;
import org.aparte.protocol.support.ScopeItem;

/** An access request in plain words, as the owner's client shows it before any decision. */
public final class RequestWording {
  private RequestWording() {}

  public static String describe(
      AccessRequestView request, String reason, Map<String, VaultRecord> records) {
    Duration duration = Duration.ofSeconds(request.durationSeconds());
    Instant latest = request.requestedAt().plus(duration);
    StringBuilder text =
        new StringBuilder("A support agent (")
            .append(request.agentId().toString(), 0, 8)
            .append(") asks to see, until ")
            .append(latest)
            .append(" at the latest (")
            .append(hours(duration))
            .append("):\n");
    for (ScopeItem item : request.scope()) {
      VaultRecord record = records.get(HexFormat.of().formatHex(item.ref()));
      String what = record == null ? "a record this device does not have" : record.label();
      text.append("  - ").append(what).append(": ").append(String.join(", ", item.fields()));
      text.append('\n');
    }
    text.append("Reason given: ").append(reason).append('\n');
    text.append(
        "Nothing else is shared. You can approve, approve less, or deny; and revoke later.");
    return text.toString();
  }

  private static String hours(Duration duration) {
    long minutes = duration.toMinutes();
    return minutes >= 60
        ? (minutes / 60) + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min")
        : minutes + " min";
  }
}
