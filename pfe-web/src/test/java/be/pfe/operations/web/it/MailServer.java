package be.pfe.operations.web.it;

import be.pfe.operations.devserver.PayaraMicroServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free port of this machine, which the running application sends its messages
 * to. It can be stopped and started again on the same port (the mail server is down for a while); what it received
 * before a stop is kept, so that a test counts every delivery over the whole run.
 */
final class MailServer {

    private static MailServer shared;

    private final ServerSetup setup;
    private final List<Mail> archive = new ArrayList<>();
    private GreenMail server;

    /** One mail as received: its recipients, subject and text. */
    record Mail(List<String> to, String subject, String text) {
    }

    private MailServer(int port) {
        setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        start();
    }

    static synchronized MailServer shared() {
        if (shared == null) {
            shared = new MailServer(PayaraMicroServer.freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "pfe-it-mail-stop"));
        }
        return shared;
    }

    /** The application's settings that point it to this server, and make its job run every second. */
    Map<String, String> settings() {
        return Map.of("PFE_SMTP_HOST", "127.0.0.1", "PFE_SMTP_PORT", Integer.toString(setup.getPort()),
                "PFE_SMTP_FROM", "pfe-operations@example.be", "PFE_NOTIFICATIONS_INTERVAL_SECONDS", "1",
                "PFE_NOTIFICATIONS_RETRY_SECONDS", "1", "PFE_NOTIFICATIONS_REMINDER_SECONDS", "1");
    }

    synchronized void start() {
        if (server == null) {
            server = new GreenMail(setup);
            server.start();
        }
    }

    /** The mail server goes down: connections are refused until it starts again. */
    synchronized void stop() {
        if (server != null) {
            archive.addAll(received(server));
            server.stop();
            server = null;
        }
    }

    /** Every mail received since the tests began, to the address given. */
    synchronized List<Mail> to(String address) {
        List<Mail> all = new ArrayList<>(archive);
        if (server != null) {
            all.addAll(received(server));
        }
        return all.stream().filter(mail -> mail.to().contains(address)).toList();
    }

    private static List<Mail> received(GreenMail server) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                Address[] to = message.getAllRecipients();
                mails.add(new Mail(to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList(),
                        message.getSubject(), String.valueOf(message.getContent())));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return mails;
    }
}
