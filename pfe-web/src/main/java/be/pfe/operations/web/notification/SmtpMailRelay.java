package be.pfe.operations.web.notification;

import be.pfe.operations.domain.notification.MailRelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends the outbox's messages through Jakarta Mail to the SMTP server named by {@code PFE_SMTP_HOST} (port
 * {@code PFE_SMTP_PORT}, sender {@code PFE_SMTP_FROM}, optional {@code PFE_SMTP_USER} and {@code PFE_SMTP_PASSWORD},
 * STARTTLS with {@code PFE_SMTP_STARTTLS}). Without a host nothing is sent: messages wait in the outbox.
 */
@ApplicationScoped
public class SmtpMailRelay implements MailRelay {

    @Inject
    @ConfigProperty(name = "pfe.smtp.host")
    Optional<String> host;
    @Inject
    @ConfigProperty(name = "pfe.smtp.port", defaultValue = "25")
    int port;
    @Inject
    @ConfigProperty(name = "pfe.smtp.from", defaultValue = "pfe-operations@localhost")
    String from;
    @Inject
    @ConfigProperty(name = "pfe.smtp.user")
    Optional<String> user;
    @Inject
    @ConfigProperty(name = "pfe.smtp.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "pfe.smtp.starttls", defaultValue = "false")
    boolean startTls;

    private volatile Session session;

    @Override
    public boolean enabled() {
        return host.filter(name -> !name.isBlank()).isPresent();
    }

    @Override
    public void send(String to, String subject, String body) throws Exception {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }

    private Session session() {
        if (session == null) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", host.orElseThrow());
            properties.put("mail.smtp.port", Integer.toString(port));
            properties.put("mail.smtp.connectiontimeout", "10000");
            properties.put("mail.smtp.timeout", "20000");
            properties.put("mail.smtp.writetimeout", "20000");
            properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
            properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
            boolean authenticated = user.filter(name -> !name.isBlank()).isPresent();
            properties.put("mail.smtp.auth", Boolean.toString(authenticated));
            session = authenticated ? Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            }) : Session.getInstance(properties);
        }
        return session;
    }
}
