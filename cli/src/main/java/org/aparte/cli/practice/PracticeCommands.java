package org.aparte.cli.practice;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.aparte.cli.UserInputException;
import org.aparte.client.practice.CreatedPractice;
import org.aparte.client.practice.Practices;
import org.aparte.client.practice.SearchQuery;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.protocol.InvalidFieldException;
import org.aparte.protocol.practice.ClosureRequest;
import org.aparte.protocol.practice.MemberRole;
import org.aparte.protocol.practice.MyPractice;
import org.aparte.protocol.practice.PracticeProfile;
import org.aparte.protocol.practice.PracticeView;
import org.aparte.protocol.practice.RuleSpec;
import org.aparte.protocol.practice.SlotView;
import org.aparte.protocol.practice.VisitTypeRequest;
import org.aparte.protocol.search.SearchHit;
import org.aparte.protocol.search.SearchResponse;
import org.aparte.protocol.search.SearchSort;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aparte practice ...}, {@code aparte search} and {@code aparte slots}: registered on the
 * root command by {@link #register}, with the source of the server and logged-in account.
 */
public final class PracticeCommands {
  private PracticeCommands() {}

  /** Adds {@code practice}, {@code search} and {@code slots} to {@code root}. */
  public static CommandLine register(CommandLine root, ContextSource source) {
    CommandLine practice = new CommandLine(new PracticeRoot());
    practice.addSubcommand(new Create(source));
    practice.addSubcommand(new Show(source));
    practice.addSubcommand(new Mine(source));
    CommandLine member = new CommandLine(new MemberRoot());
    member.addSubcommand(new MemberAdd(source));
    member.addSubcommand(new MemberRemove(source));
    practice.addSubcommand("member", member);
    CommandLine visitType = new CommandLine(new VisitTypeRoot());
    visitType.addSubcommand(new VisitTypeSet(source));
    practice.addSubcommand("visit-type", visitType);
    CommandLine hours = new CommandLine(new HoursRoot());
    hours.addSubcommand(new HoursSet(source));
    practice.addSubcommand("hours", hours);
    CommandLine closure = new CommandLine(new ClosureRoot());
    closure.addSubcommand(new ClosureAdd(source));
    practice.addSubcommand("closure", closure);
    root.addSubcommand("practice", practice);
    root.addSubcommand(new Search(source));
    root.addSubcommand(new Slots(source));
    return root;
  }

  @Command(name = "practice", description = "Create and manage practices.")
  static final class PracticeRoot {}

  @Command(name = "member", description = "Add or remove practice members (admins only).")
  static final class MemberRoot {}

  @Command(name = "visit-type", description = "Define the kinds of appointment a practice offers.")
  static final class VisitTypeRoot {}

  @Command(name = "hours", description = "Set weekly opening hours of a visit type.")
  static final class HoursRoot {}

  @Command(name = "closure", description = "Close whole days.")
  static final class ClosureRoot {}

  /** Shared by every command: the output mode and the console. */
  abstract static class Base implements Callable<Integer> {
    @Mixin Output output;
    @Spec CommandLine.Model.CommandSpec spec;
    final ContextSource source;

    Base(ContextSource source) {
      this.source = source;
    }

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    static UUID uuid(String what, String text) {
      try {
        return UUID.fromString(text);
      } catch (IllegalArgumentException e) {
        throw new UserInputException(what + " must be an id (UUID)");
      }
    }
  }

  @Command(name = "create", description = "Create a practice; you become its admin.")
  static final class Create extends Base {
    @Option(names = "--name", required = true)
    String name;

    @Option(names = "--practitioner", required = true, description = "repeat for each")
    List<String> practitioners;

    @Option(names = "--specialty", required = true, description = "a specialty code")
    String specialty;

    @Option(names = "--address", required = true)
    String address;

    @Option(names = "--postcode", required = true)
    String postcode;

    @Option(names = "--city", required = true)
    String city;

    @Option(names = "--lat", required = true)
    double latitude;

    @Option(names = "--lon", required = true)
    double longitude;

    @Option(names = "--language", description = "ISO 639 code; repeat for each")
    List<String> languages = new ArrayList<>();

    @Option(names = "--phone", required = true)
    String phone;

    @Option(names = "--time-zone", defaultValue = "Europe/Paris")
    String timeZone;

    Create(ContextSource source) {
      super(source);
    }

    @Override
    public Integer call() throws Exception {
      PracticeProfile profile;
      try {
        profile =
            new PracticeProfile(
                name,
                practitioners,
                specialty,
                address,
                postcode,
                city,
                latitude,
                longitude,
                languages,
                phone,
                timeZone);
      } catch (InvalidFieldException e) {
        throw new UserInputException(e.getMessage());
      }
      AccountContext account = source.account();
      CreatedPractice created =
          Sdk.account(source, account).create(account.encryptionKeys(), profile);
      output.print(out(), created.practiceId(), created.practiceId().toString());
      return 0;
    }
  }

  @Command(name = "show", description = "A practice's public profile and visit types.")
  static final class Show extends Base {
    @Parameters(paramLabel = "PRACTICE")
    String practice;

    Show(ContextSource source) {
      super(source);
    }

    @Override
    public Integer call() throws Exception {
      PracticeView view = Sdk.anonymous(source).show(uuid("PRACTICE", practice));
      StringBuilder text =
          new StringBuilder()
              .append(view.profile().name())
              .append(" (")
              .append(view.profile().specialty())
              .append("), ")
              .append(view.profile().address())
              .append(", ")
              .append(view.profile().postcode())
              .append(' ')
              .append(view.profile().city())
              .append("\nkey version ")
              .append(view.key().version());
      view.visitTypes()
          .forEach(
              t ->
                  text.append("\nvisit type ")
                      .append(t.id())
                      .append(": ")
                      .append(t.name())
                      .append(", ")
                      .append(t.durationMinutes())
                      .append(" min")
                      .append(t.bookableOnline() ? ", online" : ", by phone only"));
      output.print(out(), view, text.toString());
      return 0;
    }
  }

  @Command(name = "mine", description = "The practices you belong to.")
  static final class Mine extends Base {
    Mine(ContextSource source) {
      super(source);
    }

    @Override
    public Integer call() throws Exception {
      List<MyPractice> mine = Sdk.account(source, source.account()).mine();
      StringBuilder text = new StringBuilder();
      for (MyPractice p : mine) {
        text.append(p.id()).append("  ").append(p.role()).append("  ").append(p.profile().name());
        text.append('\n');
      }
      output.print(out(), mine, mine.isEmpty() ? "no practices" : text.toString().strip());
      return 0;
    }
  }

  @Command(name = "add", description = "Add a member: every key version is wrapped to them.")
  static final class MemberAdd extends Base {
    @Parameters(paramLabel = "PRACTICE")
    String practice;

    @Option(names = "--account", required = true, description = "the member's account id")
    String member;

    @Option(
        names = "--public-key",
        required = true,
        description = "the member's encryption public key, base64")
    String publicKey;

    @Option(names = "--role", defaultValue = "MEMBER", description = "ADMIN or MEMBER")
    MemberRole role;

    MemberAdd(ContextSource source) {
      super(source);
    }

    @Override
    public Integer call() throws Exception {
      UUID practiceId = uuid("PRACTICE", practice);
      UUID memberId = uuid("--account", member);
      EncryptionPublicKey key;
      try {
        key = EncryptionPublicKey.decode(Base64.getDecoder().decode(publicKey));
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--public-key must be base64");
      }
      AccountContext account = source.account();
      Practices sdk = Sdk.account(source, account);
      sdk.addMember(
          practiceId, sdk.keyring(practiceId, account.encryptionKeys()), memberId, key, role);
      output.print(out(), memberId, "added " + memberId);
      return 0;
    }
  }

  @Command(name = "remove", description = "Remove a member and rotate the practice key.")
  static final class MemberRemove extends Base {
    @Parameters(index = "0", paramLabel = "PRACTICE")
    String practice;

    @Parameters(index = "1", paramLabel = "ACCOUNT")
    String member;

    MemberRemove(ContextSource source) {
      super(source);
    }

    @Override
    public Integer call() throws Exception {
      UUID practiceId = uuid("PRACTICE", practice);
      UUID memberId = uuid("ACCOUNT", member);
      AccountContext account = source.account();
      Practices sdk = Sdk.account(source, account);
      int version =
          sdk.removeMember(practiceId, sdk.keyring(practiceId, account.encryptionKeys()), memberId)
              .currentVersion();
      output.print(
          out(), version, "removed " + memberId + "; practice key is now version " + version);
      return 0;
    }
  }

  @Command(name = "set", description = "Create or replace a visit type.")
  static final class VisitTypeSet extends Base {
    @Parameters(paramLabel = "PRACTICE")
    String practice;

    @Option(names = "--id", description = "the visit type's id; a new one when absent")
    String id;

    @Option(names = "--name", required = true)
    String name;

    @Option(names = "--duration", required = true, description = "minutes")
    int duration;

    @Option(names = "--capacity", defaultValue = "1")
    int capacity;

    @Option(names = "--online", negatable = true, defaultValue = "true")
    boolean online;

    VisitTypeSet(ContextSource source) {
      super(source);
    }

    @Override
    public Integer call() throws Exception {
      UUID practiceId = uuid("PRACTICE", practice);
      UUID typeId = id == null ? UUID.randomUUID() : uuid("--id", id);
      VisitTypeRequest request;
      try {
        request = new VisitTypeRequest(name, duration, online, capacity, null);
      } catch (InvalidFieldException e) {
        throw new UserInputException(e.getMessage());
      }
      Sdk.account(source, source.account()).putVisitType(practiceId, typeId, request);
      output.print(out(), typeId, typeId.toString());
      return 0;
    }
  }

  @Command(
      name = "set",
      description =
          "Replace a visit type's weekly hours: --day MON --from 09:00 --to 12:00, repeated"
              + " for each window.")
  static final class HoursSet extends Base {
    @Parameters(paramLabel = "PRACTICE")
    String practice;

    @Option(names = "--visit-type", required = true)
    String visitType;

    @Option(names = "--day", description = "MON..SUN")
    List<String> days = new ArrayList<>();

    @Option(names = "--from", description = "HH:MM")
    List<String> froms = new ArrayList<>();

    @Option(names = "--to", description = "HH:MM")
    List<String> tos = new ArrayList<>();

    HoursSet(ContextSource source) {
      super(source);
    }

    @Override
    public Integer call() throws Exception {
      if (days.size() != froms.size() || days.size() != tos.size()) {
        throw new UserInputException("give --day, --from and --to once for each window");
      }
      List<RuleSpec> rules = new ArrayList<>();
      for (int i = 0; i < days.size(); i++) {
        try {
          rules.add(
              new RuleSpec(
                  day(days.get(i)),
                  LocalTime.parse(froms.get(i)),
                  LocalTime.parse(tos.get(i)),
                  null,
                  null));
        } catch (DateTimeParseException e) {
          throw new UserInputException("--from and --to must be times like 09:00");
        } catch (InvalidFieldException e) {
          throw new UserInputException("window " + (i + 1) + ": " + e.getMessage());
        }
      }
      Sdk.account(source, source.account())
          .putRules(uuid("PRACTICE", practice), uuid("--visit-type", visitType), rules);
      output.print(out(), rules.size(), rules.size() + " weekly windows set");
      return 0;
    }

    private static DayOfWeek day(String text) {
      String upper = text.toUpperCase(Locale.ROOT);
      for (DayOfWeek day : DayOfWeek.values()) {
        if (day.name().startsWith(upper) && upper.length() >= 2) {
          return day;
        }
      }
      throw new UserInputException("--day must be MON, TUE, WED, THU, FRI, SAT or SUN");
    }
  }

  @Command(name = "add", description = "Close whole days, for the practice or one visit type.")
  static final class ClosureAdd extends Base {
    @Parameters(paramLabel = "PRACTICE")
    String practice;

    @Option(names = "--from", required = true, description = "first closed day, YYYY-MM-DD")
    LocalDate from;

    @Option(names = "--until", required = true, description = "last closed day, YYYY-MM-DD")
    LocalDate until;

    @Option(names = "--visit-type", description = "close only this visit type")
    String visitType;

    ClosureAdd(ContextSource source) {
      super(source);
    }

    @Override
    public Integer call() throws Exception {
      UUID closureId = UUID.randomUUID();
      ClosureRequest request;
      try {
        request =
            new ClosureRequest(
                closureId, from, until, visitType == null ? null : uuid("--visit-type", visitType));
      } catch (InvalidFieldException e) {
        throw new UserInputException(e.getMessage());
      }
      Sdk.account(source, source.account()).addClosure(uuid("PRACTICE", practice), request);
      output.print(out(), closureId, "closed " + from + " to " + until);
      return 0;
    }
  }

  @Command(
      name = "search",
      description = "Find practices (no login needed, nothing is sent about you).")
  static final class Search extends Base {
    @Option(names = "--specialty", description = "a specialty code or words such as cardiologue")
    String specialty;

    @Option(names = "--near", description = "LAT,LON")
    String near;

    @Option(names = "--radius-km", defaultValue = "25")
    double radiusKm;

    @Option(names = "--visit-type", description = "words of the visit type's name")
    String visitType;

    @Option(names = "--sort", description = "distance or earliest")
    String sort;

    @Option(names = "--page", defaultValue = "0")
    int page;

    @Option(names = "--size", defaultValue = "20")
    int size;

    Search(ContextSource source) {
      super(source);
    }

    @Override
    public Integer call() throws Exception {
      SearchQuery.Builder query = SearchQuery.builder().page(page).size(size);
      if (specialty != null) {
        query.specialty(specialty);
      }
      if (near != null) {
        String[] parts = near.split(",");
        try {
          if (parts.length != 2) {
            throw new NumberFormatException();
          }
          query.near(
              Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()), radiusKm);
        } catch (NumberFormatException e) {
          throw new UserInputException("--near must be LAT,LON");
        }
      }
      if (visitType != null) {
        query.visitType(visitType);
      }
      if (sort != null) {
        try {
          query.sort(SearchSort.valueOf(sort.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new UserInputException("--sort must be distance or earliest");
        }
      }
      SearchResponse response = Sdk.anonymous(source).search(query.build());
      StringBuilder text = new StringBuilder();
      for (SearchHit hit : response.hits()) {
        text.append(hit.id()).append("  ").append(hit.profile().name());
        if (hit.distanceKm() != null) {
          text.append(String.format(Locale.ROOT, "  %.1f km", hit.distanceKm()));
        }
        text.append("  ")
            .append(
                hit.earliest() == null
                    ? "no free slot in 14 days"
                    : "first free " + hit.earliest().start());
        text.append('\n');
      }
      if (response.more()) {
        text.append("more: --page ").append(page + 1);
      }
      output.print(
          out(),
          response,
          response.hits().isEmpty() ? "no practices found" : text.toString().strip());
      return 0;
    }
  }

  @Command(name = "slots", description = "Free slots of a practice's visit type (no login needed).")
  static final class Slots extends Base {
    @Parameters(paramLabel = "PRACTICE")
    String practice;

    @Option(names = "--visit-type", required = true)
    String visitType;

    @Option(names = "--from", description = "YYYY-MM-DD (default today)")
    LocalDate from;

    @Option(names = "--to", description = "YYYY-MM-DD, inclusive (default a week on)")
    LocalDate to;

    Slots(ContextSource source) {
      super(source);
    }

    @Override
    public Integer call() throws Exception {
      List<SlotView> slots =
          Sdk.anonymous(source)
              .slots(
                  uuid("PRACTICE", practice),
                  uuid("--visit-type", visitType),
                  from == null ? null : from.toString(),
                  to == null ? null : to.toString());
      StringBuilder text = new StringBuilder();
      for (SlotView slot : slots) {
        text.append(slot.start()).append("  ").append(slot.slotId());
        if (slot.free() > 1) {
          text.append("  (").append(slot.free()).append(" places)");
        }
        text.append('\n');
      }
      output.print(out(), slots, slots.isEmpty() ? "no free slots" : text.toString().strip());
      return 0;
    }
  }
}
