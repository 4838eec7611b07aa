import factory
from django.contrib.auth import get_user_model

from articles.models import Article, Evidence
from coalition.models import Meeting, Nation, Pledge


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("correct horse battery staple")


class NationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Nation
        django_get_or_create = ["code"]

    code = factory.Iterator(["FR", "GB", "DE", "PL", "IT", "ES", "NL", "SE", "FI", "EE"])
    name = factory.LazyAttribute(lambda n: f"Nation {n.code}")
    kind = Nation.Kind.STATE


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    url = factory.Sequence(lambda n: f"https://news.example.org/{n}")
    outlet = "Example News"
    body = factory.Sequence(lambda n: f"Article number {n}. France pledged troops to the reassurance force.")
    published_on = factory.Faker("date_between", start_date="-1y")


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    title = factory.Sequence(lambda n: f"Summit {n}")
    date = factory.Faker("date_between", start_date="-1y")
    city = factory.Sequence(lambda n: f"City {n}")


class PledgeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Pledge

    nation = factory.SubFactory(NationFactory)
    category = Pledge.Category.TROOPS
    status = Pledge.Status.PLEDGED
    review = Pledge.Review.CONFIRMED
    summary = "Troops for the reassurance force."


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    article = factory.SubFactory(ArticleFactory)
    pledge = factory.SubFactory(PledgeFactory)
    sentence = "France pledged troops to the reassurance force."
    start = 0
    end = 47
