package org.aparte.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.aparte.protocol.Json;

/**
 * The timed phase: sends prepared bodies to {@code POST /v1/bookings} with no credentials, from
 * virtual threads over one {@code java.net.http} client (HTTP/1.1, a pool of keep-alive
 * connections).
 *
 * <p>Open loop: request {@code i} is due at {@code start + i / rate}, whatever happened to the
 * others, and its latency counts from that due time, so a stalled server shows up in the
 * percentiles instead of silently slowing the driver down (no coordinated omission). Closed loop:
 * {@code clients} threads each send the next body as soon as the previous answer arrives.
 *
 * <p>Requests due during the warm-up are sent but not counted; in the open loop the rate ramps up
 * linearly from zero to the target during the warm-up.
 */
final class BookingLoad {
  private static final ObjectMapper JSON = Json.mapper();

  /** How the load is driven. */
  record Plan(double rate, int clients, Duration warmup, Duration duration) {
    static Plan openLoop(double rate, Duration warmup, Duration duration) {
      return new Plan(rate, 0, warmup, duration);
    }

    static Plan closedLoop(int clients, Duration warmup, Duration duration) {
      return new Plan(0, clients, warmup, duration);
    }

    boolean open() {
      return clients == 0;
    }
  }

  /** One answer: due (or sent) time, answer time, both in nanos; the outcome. */
  private record Sample(long dueNanos, long sentNanos, long doneNanos, String outcome) {}

  /** What the measured window saw. */
  record Result(
      Plan plan,
      int sent,
      int succeeded,
      Map<String, Integer> failures,
      double seconds,
      Latencies latency,
      Latencies serviceTime,
      Cpu cpu,
      int notAnswered) {
    double bookingsPerSecond() {
      return succeeded / seconds;
    }

    int failed() {
      return failures.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** CPU seconds over the measured window; NaN where unknown. */
  record Cpu(
      double server, double postgres, double driver, double machineBusy, double machineAll) {}

  private final URI bookingsUri;
  private final ServerUnderTest server;
  private final HttpClient http;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

  BookingLoad(ServerUnderTest server) {
    this.server = server;
    this.bookingsUri = server.base().resolve("v1/bookings");
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  Result run(Plan plan, List<byte[]> bodies) throws InterruptedException {
    List<Sample> samples = java.util.Collections.synchronizedList(new ArrayList<>(bodies.size()));
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    long measureFrom = start + plan.warmup().toNanos();
    long measureTo = measureFrom + plan.duration().toNanos();
    CpuMark[] marks = new CpuMark[2];
    int sent;
    if (plan.open()) {
      sent = openLoop(plan, bodies, samples, start, measureFrom, measureTo, marks);
    } else {
      sent = closedLoop(plan, bodies, samples, start, measureFrom, measureTo, marks);
    }
    // Let answers still in flight arrive (they count if they were due inside the window).
    threads.shutdown();
    boolean drained = threads.awaitTermination(60, TimeUnit.SECONDS);
    if (marks[1] == null) {
      marks[1] = CpuMark.now(server);
    }
    List<Sample> measured = new ArrayList<>();
    synchronized (samples) {
      for (Sample s : samples) {
        if (s.dueNanos() >= measureFrom && s.dueNanos() < measureTo) {
          measured.add(s);
        }
      }
    }
    int ok = 0;
    Map<String, Integer> failures = new TreeMap<>();
    long[] latency = new long[measured.size()];
    long[] service = new long[measured.size()];
    int i = 0;
    for (Sample s : measured) {
      latency[i] = s.doneNanos() - s.dueNanos();
      service[i] = s.doneNanos() - s.sentNanos();
      i++;
      if (s.outcome().equals("201")) {
        ok++;
      } else {
        failures.merge(s.outcome(), 1, Integer::sum);
      }
    }
    int expected = plan.open() ? countDue(plan, bodies.size(), start, measureFrom, measureTo) : 0;
    int notAnswered = drained ? Math.max(0, expected - measured.size()) : -1;
    return new Result(
        plan,
        sent,
        ok,
        failures,
        plan.duration().toNanos() / 1e9,
        new Latencies(latency),
        new Latencies(service),
        marks[0].until(marks[1]),
        notAnswered);
  }

  private static int countDue(Plan plan, int total, long start, long from, long to) {
    int n = 0;
    for (int i = 0; i < total; i++) {
      long due = start + dueOffsetNanos(plan, i);
      if (due >= from && due < to) {
        n++;
      }
    }
    return n;
  }

  /**
   * When request {@code i} is due, from the start: the rate ramps up linearly from zero to the
   * target over the warm-up (so a cold server's JIT is not drowned at once; {@code rate * t^2 / 2W}
   * requests by time {@code t}), then stays at the target.
   */
  static long dueOffsetNanos(Plan plan, int i) {
    double warmup = plan.warmup().toNanos() / 1e9;
    double rampRequests = plan.rate() * warmup / 2;
    double seconds =
        i < rampRequests
            ? Math.sqrt(2 * warmup * i / plan.rate())
            : warmup + (i - rampRequests) / plan.rate();
    return (long) (seconds * 1e9);
  }

  /** How many requests an open-loop plan sends: the ramp, then the measured window. */
  static int openLoopRequests(Plan plan) {
    return (int)
        Math.ceil(plan.rate() * (plan.warmup().toNanos() / 2e9 + plan.duration().toNanos() / 1e9));
  }

  private int openLoop(
      Plan plan,
      List<byte[]> bodies,
      List<Sample> samples,
      long start,
      long measureFrom,
      long measureTo,
      CpuMark[] marks) {
    int i = 0;
    for (; i < bodies.size(); i++) {
      long due = start + dueOffsetNanos(plan, i);
      if (due >= measureTo) {
        break;
      }
      if (marks[0] == null && due >= measureFrom) {
        parkUntil(measureFrom);
        marks[0] = CpuMark.now(server);
      }
      parkUntil(due);
      byte[] body = bodies.get(i);
      threads.execute(() -> samples.add(send(body, due)));
    }
    parkUntil(measureTo);
    if (marks[0] == null) {
      marks[0] = CpuMark.now(server);
    }
    marks[1] = CpuMark.now(server);
    return i;
  }

  private int closedLoop(
      Plan plan,
      List<byte[]> bodies,
      List<Sample> samples,
      long start,
      long measureFrom,
      long measureTo,
      CpuMark[] marks) {
    AtomicInteger next = new AtomicInteger();
    for (int c = 0; c < plan.clients(); c++) {
      threads.execute(
          () -> {
            parkUntil(start);
            while (System.nanoTime() < measureTo) {
              int index = next.getAndIncrement();
              if (index >= bodies.size()) {
                return;
              }
              samples.add(send(bodies.get(index), System.nanoTime()));
            }
          });
    }
    parkUntil(measureFrom);
    marks[0] = CpuMark.now(server);
    parkUntil(measureTo);
    marks[1] = CpuMark.now(server);
    return Math.min(next.get(), bodies.size());
  }

  private Sample send(byte[] body, long due) {
    long sent = System.nanoTime();
    HttpRequest request =
        HttpRequest.newBuilder(bookingsUri)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    String outcome;
    try {
      HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      outcome =
          answer.statusCode() == 201 ? "201" : answer.statusCode() + " " + errorCode(answer.body());
    } catch (IOException e) {
      outcome = "io " + e.getClass().getSimpleName() + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      outcome = "interrupted";
    }
    return new Sample(due, sent, System.nanoTime(), outcome);
  }

  private static String errorCode(byte[] body) {
    try {
      JsonNode error = JSON.readTree(body).get("error");
      return error == null ? "?" : error.asText();
    } catch (IOException | RuntimeException e) {
      return "(not JSON)";
    }
  }

  private static void parkUntil(long deadline) {
    long left;
    while ((left = deadline - System.nanoTime()) > 0) {
      LockSupport.parkNanos(left);
    }
  }

  /** CPU counters at one instant. */
  private record CpuMark(
      long nanos, double server, double postgres, double driver, double[] machine) {
    static CpuMark now(ServerUnderTest server) {
      double driver =
          ProcessHandle.current()
              .info()
              .totalCpuDuration()
              .map(d -> d.toNanos() / 1e9)
              .orElse(Double.NaN);
      return new CpuMark(
          System.nanoTime(),
          server.serverCpuSeconds(),
          server.postgresCpuSeconds(),
          driver,
          ProcCpu.machineSeconds());
    }

    Cpu until(CpuMark later) {
      double busy = Double.NaN;
      double all = Double.NaN;
      if (machine != null && later.machine != null) {
        busy = later.machine[0] - machine[0];
        all = later.machine[1] - machine[1];
      }
      return new Cpu(
          later.server - server, later.postgres - postgres, later.driver - driver, busy, all);
    }
  }
}
