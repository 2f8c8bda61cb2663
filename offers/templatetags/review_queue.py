"""The admin front page's review queue (templates/admin/index.html); the rules are in
offers/admin.py."""

from django import template

from offers.admin import review_queue as queue

register = template.Library()


@register.simple_tag(takes_context=True)
def review_queue(context):
    return queue(context["request"])
