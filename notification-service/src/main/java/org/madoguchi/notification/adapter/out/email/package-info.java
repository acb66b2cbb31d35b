/** Email over SMTP through Quarkus Mailer, with the one-click unsubscribe headers of RFC 8058. */
package org.madoguchi.notification.adapter.out.email;
