package org.aparte.benchmarks.notifier;

import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.aparte.crypto.envelope.SealedEnvelope;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.notifier.JobOpener;
import org.aparte.notifier.UnopenableJobException;
import org.aparte.notifier.keys.NotifierKeyring;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderFormat;
import org.aparte.protocol.reminder.ReminderMessage;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.generators.MLKEMKeyPairGenerator;
import org.bouncycastle.crypto.kems.MLKEMExtractor;
import org.bouncycastle.crypto.kems.MLKEMGenerator;
import org.bouncycastle.crypto.params.MLKEMKeyGenerationParameters;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.pqc.crypto.xwing.XWingKEMExtractor;
import org.bouncycastle.pqc.crypto.xwing.XWingKEMGenerator;
import org.bouncycastle.pqc.crypto.xwing.XWingPrivateKeyParameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where a notifier's decryption time goes, one job on one thread: the whole {@code JobOpener.open},
 * the X-Wing decapsulation in it, and X-Wing's two halves (ML-KEM-768 decapsulation, X25519).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class NotifierDecryptBenchmark {
  private final SecureRandom random = new SecureRandom();
  private final UUID jobId = UUID.randomUUID();
  private JobOpener opener;
  private byte[] sealed;
  private XWingKEMExtractor xWing;
  private byte[] xWingEncapsulation;
  private MLKEMExtractor mlKem;
  private byte[] mlKemEncapsulation;
  private X25519PrivateKeyParameters x25519Private;
  private X25519PublicKeyParameters x25519Peer;

  @Setup
  public void setUp() {
    EncryptionKeyPair key = EncryptionKeyPair.generate(random);
    opener = new JobOpener(new NotifierKeyring(List.of(key)));
    var message =
        new ReminderMessage(
            ReminderChannel.EMAIL,
            "patient@example.org",
            java.time.Instant.ofEpochSecond(1_800_000_000L),
            "fr",
            "Rappel : rendez-vous le jeudi 5 mars à 10:30. Détails dans Aparté.");
    sealed =
        SealedEnvelope.seal(
            key.publicKey(),
            WrapPurpose.of(ReminderFormat.WRAP_PURPOSE),
            RecordType.of(ReminderFormat.RECORD_TYPE),
            JobOpener.recordId(jobId),
            ReminderFormat.encode(message),
            random);
    AsymmetricCipherKeyPair pair = key.bouncyCastleKeyPair();
    xWing = new XWingKEMExtractor((XWingPrivateKeyParameters) pair.getPrivate());
    SecretWithEncapsulation x =
        new XWingKEMGenerator(random).generateEncapsulated(pair.getPublic());
    xWingEncapsulation = x.getEncapsulation();
    // X-Wing's halves on keys of their own (BouncyCastle keeps X-Wing's inner keys private).
    MLKEMKeyPairGenerator generator = new MLKEMKeyPairGenerator();
    generator.init(new MLKEMKeyGenerationParameters(random, MLKEMParameters.ml_kem_768));
    AsymmetricCipherKeyPair mlKemPair = generator.generateKeyPair();
    mlKem = new MLKEMExtractor((MLKEMPrivateKeyParameters) mlKemPair.getPrivate());
    mlKemEncapsulation =
        new MLKEMGenerator(random).generateEncapsulated(mlKemPair.getPublic()).getEncapsulation();
    x25519Private = new X25519PrivateKeyParameters(random);
    x25519Peer = new X25519PrivateKeyParameters(random).generatePublicKey();
  }

  @Benchmark
  public ReminderMessage jobOpen() throws UnopenableJobException {
    return opener.open(jobId, sealed);
  }

  @Benchmark
  public byte[] xWingDecapsulate() {
    return xWing.extractSecret(xWingEncapsulation);
  }

  @Benchmark
  public byte[] mlKemDecapsulate() {
    return mlKem.extractSecret(mlKemEncapsulation);
  }

  @Benchmark
  public byte[] x25519Agree() {
    X25519Agreement agreement = new X25519Agreement();
    agreement.init(x25519Private);
    byte[] out = new byte[32];
    agreement.calculateAgreement(x25519Peer, out, 0);
    return out;
  }
}
