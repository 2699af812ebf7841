"""Placeholder photos: services and file names that stand in for a real photo.

Sources: the services' own sites (placehold.co, dummyimage.com, picsum.photos, placekitten,
loremflickr, fakeimg.pl, pravatar.cc, randomuser.me, ui-avatars.com, dicebear.com,
robohash.org, boringavatars.com), Gravatar's image request documentation
(docs.gravatar.com: the ``d``/``default`` and ``f``/``forcedefault`` parameters), and file
names shipped by résumé templates and stock sites ("blank-profile-picture", "no-photo",
"avatar-placeholder").
"""

from __future__ import annotations

#: Hosts (and their subdomains) that serve filler images for mock-ups.
FILLER_HOSTS: frozenset[str] = frozenset(
    {
        "placehold.co",
        "placehold.it",
        "placeholder.com",
        "placeholder.pics",
        "placekitten.com",
        "placecats.com",
        "placedog.net",
        "placebear.com",
        "placeimg.com",
        "placecage.com",
        "fillmurray.com",
        "stevensegallery.com",
        "picsum.photos",
        "lorempixel.com",
        "loremflickr.com",
        "dummyimage.com",
        "fakeimg.pl",
        "fpoimg.com",
    }
)

#: Hosts that serve a stranger's face or an AI face, used to fill mock-ups with "people".
STOCK_FACE_HOSTS: frozenset[str] = frozenset(
    {"pravatar.cc", "randomuser.me", "thispersondoesnotexist.com", "xsgames.co"}
)

#: Hosts that draw an avatar from initials or a hash: a deliberate image, but not a photo.
GENERATED_AVATAR_HOSTS: frozenset[str] = frozenset(
    {"ui-avatars.com", "dicebear.com", "robohash.org", "boringavatars.com", "avatar.iran.liara.run"}
)

GRAVATAR_HOSTS: frozenset[str] = frozenset({"gravatar.com", "libravatar.org"})

#: File-name fragments (lower case, separators written as "-") of stand-in images.
PLACEHOLDER_NAMES: tuple[str, ...] = (
    "placeholder",
    "avatar-default",
    "default-avatar",
    "default-profile",
    "profile-default",
    "default-user",
    "user-default",
    "no-photo",
    "nophoto",
    "no-image",
    "noimage",
    "no-avatar",
    "no-picture",
    "blank-profile",
    "blank-avatar",
    "blank-user",
    "empty-avatar",
    "anonymous-user",
    "anonymous-avatar",
    "mystery-man",
    "your-photo",
    "your-picture",
    "photo-here",
    "image-here",
)
