package dev.goready.cli;

import dev.goready.app.CommandPlan;

/** Prints a helper's plan for review: where to run it, then its lines. */
final class Plans {
  private Plans() {}

  static void print(Context context, CommandPlan plan) {
    plan.header().forEach(context.out()::println);
    plan.commands().forEach(context.out()::println);
  }
}
