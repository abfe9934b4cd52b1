package com.coachkeep.console.layout;

import com.coachkeep.support.domain.SupportPermission;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a console view needs (any one of them, for a view whose parts need different permissions); the main
 * layout refuses navigation to it without. The use cases check again: the view's check only keeps the console honest
 * about what it offers.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresPermission {
    SupportPermission[] value();
}
