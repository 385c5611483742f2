"""An eighth set of hand-written English ticket messages (CC0) for three neighbouring
categories (sales_question, policy_question, sizing_fit). It sharpens the line between
pre-purchase product questions (dimensions of furniture and gadgets, materials, compatibility,
restocks, gift wrapping, bundles, promo codes, price matching, pre-orders, how to order) and
general shop rules (returns windows, refunds, exchanges, returning gifts and gift receipts,
delivery options and costs, international shipping, cancellation fees, warranties, price
adjustments), and keeps clothing and shoe fit apart from product sizes. Lengths run from
one-liners to e-mails with context first, in polite, formal, blunt, rude, lower-case, typo-ridden
and non-native wordings. Same slots as ``ticket_cores_en`` minus the second product."""

CORES: dict[str, list[str]] = {
    "sales_question": [
        "How wide is the corner sofa in total, and how deep is the seat?",
        "is the {item} actually in stock or is the website lying again",
        "Can you gift wrap the {item} and put a little card in with it?",
        "Does the tablet stand fit a 12.9-inch iPad with the case still on?",
        "What's the height of the bedside table, legs included?",
        "do u have any promo code for a first order",
        "Can I pre-order the {item} yet, or only once it's launched?",
        "Will the wireless charger work with a Samsung phone or just iPhones?",
        "Is the {garment} 100% linen or a linen blend?",
        "How long is the cable on the desk lamp?",
        "Any bundle price if I take the dining table and four chairs?",
        "Is the bookcase solid pine or chipboard with a wood-effect finish?",
        "Another shop has the {item} for {amount} less, will you match it if I order today?",
        (
            "I'm after a monitor arm for my desk. Will yours hold a 32-inch screen, and what's "
            "the weight limit?"
        ),
        (
            "The round mirror looks great, but the photos give no sense of scale. What are its "
            "height and width including the frame?"
        ),
        (
            "Hello, I would like to order the {item} but your website is too difficult for me. "
            "Can I send you my order by e-mail and you make it for me?"
        ),
        (
            "The {item} has shown 'out of stock' for about a month now. Are you getting more "
            "in, or has it been discontinued?"
        ),
        (
            "Do you offer gift wrapping? It's a present for my mum and I'd like it to look nice"
            " when it arrives."
        ),
        "Do the bar stools come in a shorter height? Our kitchen counter is only 90 cm high.",
        (
            "Your newsletter said there's 20% off homeware this weekend. Does that include the "
            "floor lamps, or only the textiles?"
        ),
        (
            "Is the air purifier quiet enough to run in a bedroom overnight? And what size of "
            "room is it rated for?"
        ),
        "yo does the gaming chair recline all the way back. and whats the max weight on it",
        "Hello, the coffee table is how much high? I need it low for my sofa, maximum 40 cm.",
        (
            "Does the {item} come with a plug that works in {country}? I'm buying it for my "
            "sister, who lives there."
        ),
        (
            "I'm looking at the three-piece cookware set. Is it suitable for an induction hob, "
            "and can the pans go in the oven?"
        ),
        (
            "Can I buy a spare charging stand for the electric toothbrush on its own? I'd like "
            "one to keep at work."
        ),
        (
            "I'm about to buy the {item} with the code from your welcome e-mail, but the basket"
            " says it's not valid. Do new-customer codes not work on sale items?"
        ),
        (
            "We've just bought a house with a loft conversion, and the bedroom has sloping "
            "ceilings on both sides. The only flat wall is under the highest point, which is "
            "about 195 cm. I love your white wardrobe, but the listing just calls it 'tall'. "
            "What is its exact height, and is there a shorter version in the same range?"
        ),
        (
            "I travel a lot for work and I'm fussy about what goes in my laptop bag. By the end"
            " of a long day every gram counts. The portable monitor looks ideal, but the "
            "listing only gives the screen size. What are the actual dimensions and the weight "
            "of the unit, including the folding cover?"
        ),
        (
            "My son has been saving his pocket money since the summer for the new console "
            "bundle you've listed. He's counting the days and checks your site every evening. "
            "Is it possible to pre-order it now? And if the price changes before release, do "
            "pre-orders keep the price we paid?"
        ),
        (
            "I've been comparing prices for the {item} all week. You're honestly my favourite "
            "shop and I'd rather buy from you, but another retailer has it for {amount} less at"
            " the moment. Would you be willing to match their price if I send you the link? I'd"
            " place the order today."
        ),
        (
            "I'm furnishing my first flat and I need basically everything: bedding, towels, a "
            "few lamps and some kitchen bits. It's going to be one big order. Probably my "
            "biggest ever, to be honest. Before I place it, is there any discount for spending "
            "over a certain amount, or a bundle deal on the home starter range?"
        ),
        (
            "My dad is 79 and has worn hearing aids for a few years now. It's his birthday next"
            " month. He loves watching the football, but he can't follow the commentary on the "
            "telly any more and keeps turning it up until the neighbours knock. Does the "
            "soundbar you sell connect straight to hearing aids by Bluetooth, or would he need "
            "something extra?"
        ),
        (
            "Not a complaint, just a bit of frustration. Every time the {colour} kettle comes "
            "back in, it sells out within the hour, and your 'notify me' e-mail always arrives "
            "the next morning. I've missed it three times now. When is the next delivery due, "
            "and is there any way to reserve one?"
        ),
        (
            "I'm allergic to nickel, and cheap jewellery gives me a rash within an hour. The "
            "hoop earrings on your site are beautiful and would go perfectly with my outfit for"
            " my cousin's wedding. Are they solid sterling silver or plated over another metal?"
            " And are the posts nickel-free?"
        ),
        (
            "Our sofa sits really low to the floor and the dust underneath it is getting "
            "embarrassing. I've been reading up on robot vacuums and yours is on offer this "
            "week. How tall is it exactly, and will it fit under a gap of about 9 cm? Also, "
            "does it cope with thick rugs?"
        ),
        (
            "I'd like to order the three-seater sofa, but in one of the fabrics from your "
            "swatch book rather than the ones on the website. The swatches arrived {when} and "
            "the sage green one is perfect. The product page doesn't give it as an option, "
            "though. How do I place an order for the sofa in that fabric?"
        ),
        (
            "Good afternoon. I am responsible for the household purchasing and need replacement"
            " cartridges for our water filter jug. We own the older model of your jug, bought "
            "approximately four years ago. Could you confirm whether the current cartridges are"
            " compatible with it, or whether an adapter is required?"
        ),
        (
            "ok so i want the mini fridge for my uni room but the space under my desk is tiny, "
            "like 50cm high and 45 wide. will it actually fit?? my last one didn't and i had to"
            " sell it. also is it loud at night, the room is really small. thanks"
        ),
        (
            "hi, i saw the skincare set with the cleanser, toner and cream in your stories a "
            "while back. i've been meaning to get it for my sister. is it still sold as a set "
            "or do i have to buy them one by one now? the set worked out cheaper so id rather "
            "get that if its still around"
        ),
    ],
    "policy_question": [
        "Can gifts be returned if the person who received them doesn't have the receipt?",
        "do you do gift receipts",
        "Can a present bought online be returned in one of your shops by the person who got it?",
        "How much is next-day delivery, and is it available everywhere?",
        "Do you ship to {country}, and are import duties included at checkout?",
        "do you charge a fee for cancelling a pre-order",
        "Does your two-year guarantee cover the battery as well?",
        "If something I bought goes on sale the week after, do you refund the difference?",
        "Can I exchange something for a completely different product, not just another size?",
        "what's the refund policy on opened electronics",
        "Are returns free for international orders, or only for UK ones?",
        "Do refurbished items come with the same warranty as new ones?",
        (
            "My niece was given one of your lamps for her birthday, but she already has one "
            "just like it. Can she return it for store credit even though she wasn't the one "
            "who bought it?"
        ),
        (
            "Hi, if I ask for a gift receipt, does it show the price? I'm buying a present and "
            "would rather they didn't see what I spent."
        ),
        (
            "Before I buy anything: how long is the warranty on your laptops, and is it handled"
            " by you or by the manufacturer?"
        ),
        (
            "Some shops refund the difference if a price drops within 14 days of buying. Do you"
            " have a price-adjustment policy like that?"
        ),
        (
            "Quick one. If I order to {country}, how long does shipping normally take, and is "
            "it tracked all the way?"
        ),
        (
            "What are the rules for exchanging sale items? Your returns page only seems to talk"
            " about full-price ones."
        ),
        (
            "What's your policy when a courier leaves a parcel with a neighbour and it never "
            "gets handed over? Asking in general, as I live in a big block of flats."
        ),
        (
            "hey is there a time limit for cancelling? like can i cancel for free any time "
            "before it ships or is it only the first hour"
        ),
        (
            "Do you deliver to Northern Ireland? And if so, is it the same price as the rest of"
            " the UK?"
        ),
        (
            "Hello, if the product break after one year, you repair it or you give new one? I "
            "want understand the guarantee before I buy a coffee machine."
        ),
        (
            "My mother-in-law insists that presents can only be exchanged with you, never "
            "refunded. Is that right, or can someone get their money back for a gift?"
        ),
        (
            "What's the difference between your economy and standard delivery, apart from the "
            "price? Is economy still tracked?"
        ),
        (
            "I'm buying a set of wine glasses as a wedding present for a couple I don't know "
            "that well. There's a fair chance they'll get the same thing from other guests. If "
            "that happens, can they return or exchange them without involving me? And will they"
            " need a gift receipt to do it?"
        ),
        (
            "I live in Canada and have been following your shop on Instagram for ages. Most UK "
            "shops I like either won't ship here or charge a fortune once it arrives. Before I "
            "fill a basket, could you explain how international orders work? Who pays the "
            "duties, and can orders from abroad be returned?"
        ),
        (
            "Dear Sir or Madam, I am considering an order for made-to-measure curtains, which I"
            " understand are produced individually for each customer. Before committing, I "
            "should like to understand your terms. Is a cancellation fee charged on bespoke "
            "items, and at what stage does cancellation cease to be possible?"
        ),
        (
            "Last shop I bought a blender from told me the motor 'wasn't covered' after six "
            "months. Total joke. So before I give you a penny, what does your warranty actually"
            " cover on small appliances, and for how long? A straight answer would be nice."
        ),
        (
            "I'm planning one order with a few things from different parts of your site, a rug,"
            " a lamp and some {item}s. I've noticed that some of them say 'ships separately'. "
            "Other shops have charged me delivery twice for that. If one order arrives in "
            "several parcels, do you charge delivery for each parcel or just once?"
        ),
        (
            "ok so my friend sent a jumper back to you and only got part of her money back "
            "because they said it had been worn. that seems harsh?? im about to order a few "
            "things so i want to know the rules first. do you give a full refund if something's"
            " just been tried on at home, and what counts as worn?"
        ),
        (
            "Good morning. In my country the shops always let you change a product for another "
            "one, also when the price is different. I want to buy a jacket from you for my "
            "husband but I am not sure he will like the style. If he doesn't like, is possible "
            "to change it for a different model and I pay only the difference?"
        ),
        (
            "Christmas shopping for twelve people this year, heaven help me. Half of them are "
            "teenagers, so I fully expect some things to go back. Can you put a gift receipt in"
            " each parcel? And how long after Christmas would they have to exchange things?"
        ),
        (
            "We're going abroad for three weeks straight after my birthday, and I'll be "
            "ordering a few bits from you before we leave. I'm worried the return period will "
            "be over by the time we're home. Is there any flexibility on your returns window if"
            " you're away when it runs out, or is it strict?"
        ),
        (
            "I send presents to my godchildren straight from your website every year, since "
            "they live at the other end of the country. This year one of them is getting a "
            "scooter, which may or may not be the right one. If her parents send it back, who "
            "gets the refund, me as the buyer or them? And would I be told about it?"
        ),
        (
            "My sister is getting married next month and I've been put in charge of the table "
            "decorations, which I haven't ordered yet. I know, I know. Everyone keeps telling "
            "me to leave plenty of time for delivery. How long does standard delivery normally "
            "take at the moment, and is there a faster option if I leave it late?"
        ),
    ],
    "sizing_fit": [
        "Do the unisex hoodies follow men's or women's sizing?",
        "the {garment} gapes at the neck, is that how it's meant to fit",
        "What size wetsuit would you suggest for 170 cm and 70 kg?",
        "Does the swimsuit go by dress size or by bust size?",
        "Which belt size should I order for a 36-inch waist?",
        "My feet are 26.5 cm long, what's that in your trainer sizes?",
        "where is the size chart for the kids wellies, cant find it anywhere",
        (
            "I ordered the {garment} in {size} and it's lovely, but it's far too loose around "
            "the waist. Would one size down fix that, or is the style just cut boxy?"
        ),
        (
            "Your size chart for the coats only gives chest sizes. What about the arm length? I"
            " have long arms and sleeves always stop halfway up my wrist."
        ),
        (
            "Hello, in your shop the L is like the XL in {country}? I don't want to buy too big"
            " again."
        ),
        (
            "The leggings keep rolling down at the waist every time I squat. Do I need a "
            "smaller size?"
        ),
        (
            "The school blazer is for my son, who has broad shoulders but is quite short. "
            "Should I pick the size by his chest or by his height?"
        ),
        (
            "BOUGHT THE {garment} IN MY NORMAL SIZE AND I CAN'T EVEN GET IT OVER MY HEAD. What "
            "size am I actually supposed to be in your stuff?"
        ),
        "Is the maxi dress meant to touch the floor? I'm 5ft 4 and worried it'll drag.",
        (
            "My mum is recovering from a hip operation and needs trousers she can pull on "
            "without any fuss. She's usually a 16, but she's lost some weight in hospital. The "
            "elasticated trousers look ideal for her. Would you suggest the 14 or the 16, and "
            "how much give is there in the waist?"
        ),
        (
            "I've been riding motorbikes for twenty years and I'm finally replacing my old "
            "leather jacket. It needs to be snug, or the armour slides about and won't protect "
            "anything. My chest is 42 inches and I wear a large in normal casual jackets. Does "
            "your biker jacket come up tighter than that, and should I go up a size?"
        ),
        (
            "Hello, I have bought the {garment} last month for a wedding where I am guest. The "
            "length is perfect, but in the chest it is too tight and I cannot breathe well. I "
            "read the chart again and my measure is between two sizes. Please, which size is "
            "better for me, the bigger one and a tailor makes the waist smaller?"
        ),
        (
            "Good afternoon. I require a dinner suit for a formal event and intend to buy the "
            "jacket and trousers separately. My chest measures 40 inches, my waist 34, and my "
            "inside leg 31. Could you advise which jacket size and which trouser size "
            "correspond to these measurements?"
        ),
        (
            "so i got the {garment} {when} and it fits fine everywhere except the sleeves, "
            "they're short by like 3cm. im tall with long arms so it's always the same story. "
            "is there a tall version or should i just go up a size and hope for the best?"
        ),
        (
            "My daughter is seven but wears age 9-10 in most shops because she's tall and "
            "skinny. Everything fits her in length but slides off her waist. For your school "
            "trousers, should I go by her age or her height? And do any of them have adjustable"
            " waists?"
        ),
    ],
}
