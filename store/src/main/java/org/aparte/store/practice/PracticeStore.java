package org.aparte.store.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aparte.availability.Closure;
import org.aparte.availability.OpeningRule;
import org.aparte.availability.SlotId;
import org.aparte.availability.VisitType;
import org.aparte.availability.reference.BoundingBox;
import org.aparte.protocol.practice.MemberKey;
import org.aparte.protocol.practice.MemberRole;
import org.aparte.protocol.practice.MyPractice;
import org.aparte.protocol.practice.PracticeKey;
import org.aparte.protocol.practice.PracticeProfile;
import org.aparte.store.Database;

/**
 * Everything the server stores about practices, in one place for its routes: each call goes to the
 * part that owns it ({@link PracticeProfiles}, {@link PracticeKeys}, {@link PracticeMembers},
 * {@link PracticeAvailability}, {@link PracticeSchedules}).
 */
public final class PracticeStore {
  private final PracticeProfiles profiles;
  private final PracticeKeys keys;
  private final PracticeMembers members;
  private final PracticeAvailability availability;
  private final PracticeSchedules schedules;
  private final ProfileUpdate profileUpdate;

  public PracticeStore(Database database) {
    this.profiles = new PracticeProfiles(database);
    this.keys = new PracticeKeys(database);
    this.members = new PracticeMembers(database);
    this.availability = new PracticeAvailability(database);
    this.schedules = new PracticeSchedules(database);
    this.profileUpdate = new ProfileUpdate(database);
  }

  public PracticeProfiles.CreateResult create(
      UUID practiceId,
      PracticeProfile profile,
      byte[] publicKey,
      UUID creator,
      byte[] wrappedKey,
      Instant now) {
    return profiles.create(practiceId, profile, publicKey, creator, wrappedKey, now);
  }

  public ProfileUpdate.Result replaceProfile(UUID practiceId, PracticeProfile profile) {
    return profileUpdate.replace(practiceId, profile);
  }

  public Optional<StoredPractice> find(UUID practiceId) {
    return profiles.find(practiceId);
  }

  public List<MyPractice> practicesOf(UUID accountId) {
    return profiles.practicesOf(accountId);
  }

  public List<StoredPractice> candidates(List<String> specialties, BoundingBox box, int limit) {
    return profiles.candidates(specialties, box, limit);
  }

  public Optional<PracticeKey> currentKey(UUID practiceId) {
    return keys.currentKey(practiceId);
  }

  public List<MemberKey> keysOf(UUID practiceId, UUID accountId) {
    return keys.keysOf(practiceId, accountId);
  }

  public Optional<byte[]> accountEncryptionKey(UUID accountId) {
    return keys.accountEncryptionKey(accountId);
  }

  public List<MemberAccount> members(UUID practiceId) {
    return members.members(practiceId);
  }

  public PracticeMembers.AddMemberResult addMember(
      UUID practiceId, UUID accountId, MemberRole role, Map<Integer, byte[]> wraps) {
    return members.addMember(practiceId, accountId, role, wraps);
  }

  public PracticeMembers.RemoveMemberResult removeMember(
      UUID practiceId,
      UUID accountId,
      int newVersion,
      byte[] newPublicKey,
      Map<UUID, byte[]> wraps,
      Instant now) {
    return members.removeMember(practiceId, accountId, newVersion, newPublicKey, wraps, now);
  }

  public PracticeAvailability.PutResult putVisitType(VisitType type) {
    return availability.putVisitType(type);
  }

  public boolean replaceRules(UUID practiceId, UUID visitTypeId, List<OpeningRule> rules) {
    return availability.replaceRules(practiceId, visitTypeId, rules);
  }

  public PracticeAvailability.ClosureResult addClosure(UUID closureId, Closure closure) {
    return availability.addClosure(closureId, closure);
  }

  public List<VisitType> visitTypes(UUID practiceId) {
    return schedules.visitTypes(practiceId);
  }

  public Map<UUID, PracticeSchedule> schedules(
      Collection<UUID> practiceIds, Map<UUID, ZoneId> zones, LocalDate from, LocalDate until) {
    return schedules.schedules(practiceIds, zones, from, until);
  }

  public Map<SlotId, Integer> claims(Collection<UUID> visitTypeIds, Instant from, Instant to) {
    return schedules.claims(visitTypeIds, from, to);
  }
}
