package org.aparte.notifier.sms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.aparte.notifier.send.ReminderSender;
import org.aparte.notifier.send.SendFailedException;
import org.aparte.protocol.reminder.ReminderMessage;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;

/**
 * SMS over SMPP 3.4 (jSMPP): binds as a transmitter for each message and submits it in UCS-2, so
 * accents survive. One bind per message is slow but keeps no session state across crashes; a pooled
 * session is an optimisation for later.
 */
public final class SmppGateway implements ReminderSender {
  private static final long TIMEOUT_MILLIS = 10_000;
  private final SmppSettings settings;

  public SmppGateway(SmppSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public void send(ReminderMessage message) throws SendFailedException {
    SMPPSession session = new SMPPSession();
    session.setTransactionTimer(TIMEOUT_MILLIS);
    try {
      session.connectAndBind(
          settings.host(),
          settings.port(),
          new BindParameter(
              BindType.BIND_TX,
              settings.systemId(),
              settings.password(),
              "aparte",
              TypeOfNumber.UNKNOWN,
              NumberingPlanIndicator.UNKNOWN,
              null),
          TIMEOUT_MILLIS);
      session.submitShortMessage(
          "",
          TypeOfNumber.ALPHANUMERIC,
          NumberingPlanIndicator.UNKNOWN,
          settings.source(),
          TypeOfNumber.INTERNATIONAL,
          NumberingPlanIndicator.ISDN,
          message.destination().replaceFirst("^\\+", ""),
          new ESMClass(),
          (byte) 0,
          (byte) 1,
          null,
          null,
          new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT),
          (byte) 0,
          new GeneralDataCoding(Alphabet.ALPHA_UCS2, MessageClass.CLASS1, false),
          (byte) 0,
          message.text().getBytes(StandardCharsets.UTF_16BE));
    } catch (IOException
        | PDUException
        | ResponseTimeoutException
        | InvalidResponseException
        | NegativeResponseException e) {
      throw new SendFailedException("SMPP submit failed: " + e.getClass().getSimpleName());
    } finally {
      session.unbindAndClose();
    }
  }
}
