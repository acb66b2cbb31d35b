/** The messaging-app channel: push messages shaped on the LINE Messaging API, through a Quarkus REST client. */
package org.madoguchi.notification.adapter.out.line;
