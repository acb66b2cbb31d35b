/** The wording of each kind of notification: Qute templates in Japanese and English, dates with the era. */
package org.madoguchi.notification.adapter.out.templates;
