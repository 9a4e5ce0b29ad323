package org.aparte.notifier.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderMessage;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;
import org.junit.jupiter.api.Test;

/** The SMPP gateway against jSMPP's own server side, in process: a real SMPP 3.4 exchange. */
class SmppGatewayTest {
  @Test
  void submitsTheSmsInUcs2ToTheDestination() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    AtomicReference<SubmitSm> received = new AtomicReference<>();
    CountDownLatch submitted = new CountDownLatch(1);
    try (SMPPServerSessionListener smsc = new SMPPServerSessionListener(port)) {
      smsc.setMessageReceiverListener(new Receiver(received, submitted));
      Thread server =
          new Thread(
              () -> {
                try {
                  SMPPServerSession session = smsc.accept();
                  session.waitForBind(10_000).accept("smsc");
                } catch (Exception e) {
                  // The test fails on the latch below.
                }
              });
      server.start();
      var gateway =
          new SmppGateway(new SmppSettings("127.0.0.1", port, "aparte", "secret", "Aparte"));
      gateway.send(
          new ReminderMessage(
              ReminderChannel.SMS,
              "+33611223344",
              Instant.parse("2026-03-04T09:30:00Z"),
              "fr",
              "Rappel : rendez-vous à 10:30"));
      assertThat(submitted.await(10, TimeUnit.SECONDS)).isTrue();
      server.join(10_000);
    }
    SubmitSm sms = received.get();
    assertThat(sms.getDestAddress()).isEqualTo("33611223344");
    assertThat(new String(sms.getShortMessage(), StandardCharsets.UTF_16BE))
        .isEqualTo("Rappel : rendez-vous à 10:30");
  }

  private record Receiver(AtomicReference<SubmitSm> received, CountDownLatch submitted)
      implements ServerMessageReceiverListener {
    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
        throws ProcessRequestException {
      received.set(submitSm);
      submitted.countDown();
      try {
        return new SubmitSmResult(new MessageId("1"), new OptionalParameter[0]);
      } catch (Exception e) {
        throw new ProcessRequestException("message id", 8);
      }
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti m, SMPPServerSession s)
        throws ProcessRequestException {
      throw new ProcessRequestException("unsupported", 3);
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm q, SMPPServerSession s)
        throws ProcessRequestException {
      throw new ProcessRequestException("unsupported", 3);
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm r, SMPPServerSession s) throws ProcessRequestException {
      throw new ProcessRequestException("unsupported", 3);
    }

    @Override
    public void onAcceptCancelSm(CancelSm c, SMPPServerSession s) throws ProcessRequestException {
      throw new ProcessRequestException("unsupported", 3);
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm b, SMPPServerSession s)
        throws ProcessRequestException {
      throw new ProcessRequestException("unsupported", 3);
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm c, SMPPServerSession s)
        throws ProcessRequestException {
      throw new ProcessRequestException("unsupported", 3);
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm q, SMPPServerSession s)
        throws ProcessRequestException {
      throw new ProcessRequestException("unsupported", 3);
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm d, Session s) throws ProcessRequestException {
      throw new ProcessRequestException("unsupported", 3);
    }
  }
}
